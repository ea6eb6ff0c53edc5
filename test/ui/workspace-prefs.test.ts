// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { getStore } from '../../src/ui/storage/store';
import { env, freshStore } from './store-helpers';
import { loadSettings, saveSettings } from '../../src/ui/storage/progress';
import { monacoOptionsFor } from '../../src/ui/editor/editor-settings';
import { readShareFile, shareFileFor } from '../../src/ui/design/share-file';
import { noteBuild } from '../../src/ui/common/service-worker';

beforeEach(() => localStorage.clear());

describe('editor settings', () => {
  it('default to no auto-closing brackets, and keep settings saved before they existed', async () => {
    // A settings value written by an older build has no "editor" field.
    await freshStore({ settings: env({ feedback: 'exam', theme: 'dark' }) });
    const s = loadSettings();
    expect(s.feedback).toBe('exam');
    expect(s.editor).toEqual({ fontSize: 14, autoClose: false, tabSize: 2, wordWrap: false, tabHintSeen: false });
    expect(monacoOptionsFor(s.editor)).toMatchObject({ autoClosingBrackets: 'never', autoClosingQuotes: 'never', wordWrap: 'off', fontSize: 14, tabSize: 2 });
    expect(getStore().notices()).toEqual([]);
  });

  it('persist a change, and set an impossible value aside with a notice', async () => {
    await freshStore();
    saveSettings({ ...loadSettings(), editor: { fontSize: 18, autoClose: true, tabSize: 4, wordWrap: true, tabHintSeen: true } });
    expect(monacoOptionsFor(loadSettings().editor)).toMatchObject({ autoClosingBrackets: 'languageDefined', autoClosingOvertype: 'always', wordWrap: 'on', fontSize: 18, tabSize: 4 });
    await freshStore({ settings: env({ editor: { fontSize: 400 } }) });
    expect(loadSettings().editor.fontSize).toBe(14);
    expect(getStore().notices().map((n) => n.message).join(' ')).toMatch(/could not be read.*kept aside/);
  });
});

describe('shared-draft files (for drafts too long for a link)', () => {
  it('round-trip for the same prompt', () => {
    const file = shareFileFor('wish-list-api', 'Design a wish-list API', 'pako:abc');
    expect(file.name).toBe('wish-list-api.techscreen-draft.json');
    expect(readShareFile(file.text, 'wish-list-api')).toEqual({ ok: true, encoded: 'pako:abc' });
  });

  it('say what is wrong with any other file', () => {
    const other = shareFileFor('shopping-cart-api', 'Design a shopping cart API', 'pako:abc');
    expect(readShareFile(other.text, 'wish-list-api')).toMatchObject({ ok: false, message: expect.stringContaining('Design a shopping cart API') });
    expect(readShareFile('{"code": 1', 'wish-list-api')).toMatchObject({ ok: false, message: expect.stringMatching(/not JSON/) });
    // A progress export is JSON but not a shared draft.
    expect(readShareFile('{"version": 1, "items": {}}', 'wish-list-api')).toMatchObject({ ok: false, message: expect.stringMatching(/not a Techscreen shared draft \(kind/) });
    const noPrefix = JSON.parse(shareFileFor('wish-list-api', 't', 'pako:x').text);
    noPrefix.draft = 'x';
    expect(readShareFile(JSON.stringify(noPrefix), 'wish-list-api')).toMatchObject({ ok: false, message: expect.stringMatching(/draft/) });
  });
});

describe('app updates', () => {
  it('tell an update from the first start', () => {
    expect(noteBuild('build-1')).toBe(false); // the first start of all
    expect(noteBuild('build-1')).toBe(false); // the same build again
    expect(noteBuild('build-2')).toBe(true); // a new build was applied
    expect(noteBuild('build-2')).toBe(false);
  });
});
