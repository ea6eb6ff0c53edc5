import { useEffect, useRef, useState } from 'react';
import { updateEditorSettings, useEditorSettings } from './editor-settings';

const FONT_SIZES = [12, 13, 14, 16, 18, 20, 24];

/**
 * Font size, auto-closing brackets, tab size and word wrap, saved for every editor of the app.
 * A modal dialog: it sits above the panes (which scroll and would clip a drop-down) and Esc closes it.
 */
export function EditorSettingsMenu() {
  const settings = useEditorSettings();
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (open && d && !d.open) d.showModal();
    if (!open && d?.open) d.close();
  }, [open]);

  return (
    <>
      <button type="button" aria-haspopup="dialog" data-testid="editor-settings-button" onClick={() => setOpen(true)}>
        Editor settings
      </button>
      <dialog ref={dialog} className="editor-settings-panel" aria-labelledby="editor-settings-title" data-testid="editor-settings" onClose={() => setOpen(false)}>
        <h2 id="editor-settings-title">Editor settings</h2>
        <label>
          Font size
          <select value={settings.fontSize} data-testid="setting-font-size" onChange={(e) => updateEditorSettings({ fontSize: Number(e.target.value) })}>
            {FONT_SIZES.map((n) => (
              <option key={n} value={n}>
                {n} px
              </option>
            ))}
          </select>
        </label>
        <label>
          Tab size
          <select value={settings.tabSize} data-testid="setting-tab-size" onChange={(e) => updateEditorSettings({ tabSize: Number(e.target.value) === 4 ? 4 : 2 })}>
            <option value={2}>2 spaces</option>
            <option value={4}>4 spaces</option>
          </select>
        </label>
        <label className="check-setting">
          <input type="checkbox" checked={settings.autoClose} data-testid="setting-auto-close" onChange={(e) => updateEditorSettings({ autoClose: e.target.checked })} />
          Close brackets and quotes as I type
        </label>
        <p className="muted setting-help">Off suits typing code line by line: every bracket you see is one you typed.</p>
        <label className="check-setting">
          <input type="checkbox" checked={settings.wordWrap} data-testid="setting-word-wrap" onChange={(e) => updateEditorSettings({ wordWrap: e.target.checked })} />
          Wrap long lines
        </label>
        <button type="button" className="primary" onClick={() => setOpen(false)}>
          Done
        </button>
      </dialog>
    </>
  );
}
