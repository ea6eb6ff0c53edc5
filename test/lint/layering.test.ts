import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint();
/** The import-boundary messages lint gives a file at `path` holding `code`. */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('module layering, as lint enforces it', () => {
  it('keeps src/problems below src/review and src/mock', async () => {
    expect(await boundaryErrors('src/problems/probe.ts', "import { reviewNotes } from '../review/notes-review';\nexport const x = reviewNotes;\n")).toEqual([expect.stringMatching(/Problems sit below the reviews/)]);
    expect(await boundaryErrors('src/problems/probe.ts', "import { NOTE_SECTIONS } from './design-vocabulary';\nexport const x = NOTE_SECTIONS;\n")).toEqual([]);
  });

  it('keeps src/ui/storage below the mock pages', async () => {
    expect(await boundaryErrors('src/ui/storage/probe.ts', "import { loadMock } from '../mock/mock-store';\nexport const x = loadMock;\n")).toEqual([expect.stringMatching(/Storage sits below the mock pages/)]);
    expect(await boundaryErrors('src/ui/storage/probe.ts', "import { mockRecord } from '../../mock/record';\nexport const x = mockRecord;\n")).toEqual([]);
  });

  it('keeps src/ui/storage below the design page', async () => {
    expect(await boundaryErrors('src/ui/storage/probe.ts', "import DesignPage from '../design/design-page';\nexport const x = DesignPage;\n")).toEqual([expect.stringMatching(/Storage sits below the design page/)]);
    expect(await boundaryErrors('src/ui/design/probe.ts', "import { encodeDraft } from '../storage/share-codec';\nexport const x = encodeDraft;\n")).toEqual([]);
  });
});
