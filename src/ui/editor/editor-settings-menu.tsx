import { useEffect, useRef, useState } from 'react';
import { updateEditorSettings, useEditorSettings } from './editor-settings';

const FONT_SIZES = [12, 13, 14, 16, 18, 20, 24];

/** Font size, auto-closing brackets, tab size and word wrap, saved for every editor of the app. */
export function EditorSettingsMenu() {
  const settings = useEditorSettings();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  // Esc or a click elsewhere closes it; Esc gives focus back to the button.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    addEventListener('keydown', onKey);
    addEventListener('pointerdown', onPointer);
    return () => {
      removeEventListener('keydown', onKey);
      removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="editor-settings" ref={root}>
      <button ref={button} type="button" aria-expanded={open} aria-controls={open ? 'editor-settings-panel' : undefined} data-testid="editor-settings-button" onClick={() => setOpen((o) => !o)}>
        Editor settings
      </button>
      {open && (
        <div id="editor-settings-panel" className="editor-settings-panel" role="group" aria-label="Editor settings" data-testid="editor-settings">
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
        </div>
      )}
    </div>
  );
}
