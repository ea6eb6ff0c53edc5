import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listProblemIds, loadProblemFolder, PROBLEMS_DIR } from '../../src/cli/load-problems';
import type { DesignPrompt } from '../../src/problems/parse';

// That each reference diagram satisfies its rubric is checked with Mermaid's parser in mermaid-graph.test.ts;
// this file checks the shape of the prompts' texts.
const prompts = listProblemIds()
  .map((id) => loadProblemFolder(id).problem)
  .filter((p): p is DesignPrompt => p?.kind === 'design');

describe('design prompt texts', () => {
  it('has the ten prompts of the catalog', () => {
    expect(prompts.length).toBe(10);
  });

  it.each(prompts.map((p) => [p.id, p] as const))('%s: reference notes in the six sections, a real prompt', (_id, prompt) => {
    const sections = [...prompt.referenceNotes.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(sections).toEqual(['Requirements and clarifying questions', 'API', 'Data model', 'Trade-offs', 'Non-functional requirements', 'Metrics']);
    expect(readFileSync(join(PROBLEMS_DIR, prompt.id, 'prompt.md'), 'utf8').length).toBeGreaterThan(100);
    expect(prompt.referenceNotes).toMatch(/assum/i);
  });
});
