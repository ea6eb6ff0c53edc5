import { useSyncExternalStore } from 'react';
import { loadSettings, saveSettings, type EditorSettings } from '../storage/progress';

export type { EditorSettings };

const listeners = new Set<() => void>();
let cached: EditorSettings | undefined;

/** The editor preferences in force (read once from saved settings, then kept in memory). */
export function getEditorSettings(): EditorSettings {
  return (cached ??= loadSettings().editor);
}

/** Saves a change to the editor preferences; every open editor follows. The one place they are written. */
export function updateEditorSettings(change: Partial<EditorSettings>) {
  cached = { ...getEditorSettings(), ...change };
  saveSettings({ ...loadSettings(), editor: cached });
  listeners.forEach((l) => l());
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The editor preferences, re-rendering when they change. */
export function useEditorSettings(): EditorSettings {
  return useSyncExternalStore(subscribe, getEditorSettings, getEditorSettings);
}

/** Monaco options for the preferences (kept free of Monaco imports so the menu loads without it). */
export function monacoOptionsFor(s: EditorSettings) {
  const close = s.autoClose ? 'languageDefined' : 'never';
  return {
    fontSize: s.fontSize,
    tabSize: s.tabSize,
    wordWrap: s.wordWrap ? 'on' : 'off',
    autoClosingBrackets: close,
    autoClosingQuotes: close,
    // With auto-close on, typing the closing character steps over the inserted one instead of doubling it.
    autoClosingOvertype: 'always',
    autoClosingDelete: 'always',
  } as const;
}
