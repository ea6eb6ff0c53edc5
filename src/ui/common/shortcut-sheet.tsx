import { useEffect, useRef } from 'react';

/** Whether the keyboard is a Mac's (Cmd instead of Ctrl; Cmd+M minimises the window there). */
export const isMac = () => /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '');

/** Every keyboard shortcut of the app, in the words a PM would use. */
export function shortcutList(mac = isMac()): [keys: string, what: string][] {
  const mod = mac ? 'Cmd' : 'Ctrl';
  return [
    [`${mod}+Enter`, 'Run your code on the examples'],
    [`${mod}+Shift+Enter`, 'Submit: run every test, hidden ones too'],
    ['Esc, then Tab', 'Leave the code editor (Esc makes the next Tab move focus instead of indenting)'],
    [mac ? 'Ctrl+Shift+M' : 'Ctrl+M', 'In the editor: switch Tab between moving focus and indenting'],
    ['Ctrl+Space, then Tab', 'In the editor: suggestions for the function and its parameters; Tab takes the highlighted one (Enter always starts a new line)'],
    [`${mod}+Z / ${mod}+Shift+Z`, 'Undo / redo in the editor (a reset or a restored attempt is undoable too)'],
    ['← → (on a tab)', 'Move between tabs: Problem / Code / Results, Tests / Complexity / History'],
    ['?', 'Show this list (when you are not typing in a text box)'],
  ];
}

/** `?` (outside text fields) opens the list of shortcuts; so does the header's "Shortcuts" button. */
export function useQuestionMarkKey(open: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], .monaco-editor')) return;
      e.preventDefault();
      open();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [open]);
}

/** A modal list of shortcuts (native dialog: focus stays inside, Esc closes it). */
export function ShortcutSheet({ open, onClose }: { open: boolean; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="shortcut-sheet" aria-labelledby="shortcuts-title" data-testid="shortcut-sheet" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {shortcutList().map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="primary" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
