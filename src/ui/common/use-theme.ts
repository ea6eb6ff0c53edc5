import { useEffect, useState } from 'react';
import { loadSettings, saveSettings, type Settings } from '../storage/progress';

const query = () => globalThis.matchMedia?.('(prefers-color-scheme: dark)');

/** The theme in force: the user's choice, or the system's when they chose "system". */
export function useTheme(): { choice: Settings['theme']; dark: boolean; setChoice(choice: Settings['theme']): void } {
  const [choice, setChoiceState] = useState<Settings['theme']>(() => loadSettings().theme);
  const [systemDark, setSystemDark] = useState(() => query()?.matches ?? false);
  useEffect(() => {
    const mq = query();
    if (!mq) return;
    const update = () => setSystemDark(mq.matches);
    mq.addEventListener('change', update);
    return () => mq.removeEventListener('change', update);
  }, []);
  const dark = choice === 'dark' || (choice === 'system' && systemDark);
  useEffect(() => {
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  }, [dark]);
  const setChoice = (next: Settings['theme']) => {
    setChoiceState(next);
    saveSettings({ ...loadSettings(), theme: next });
  };
  return { choice, dark, setChoice };
}
