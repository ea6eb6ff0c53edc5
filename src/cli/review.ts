/**
 * The design review CLI, for authors and tests:
 *   npm run review -- <design-prompt-id> <diagram.mmd> [--notes notes.md] [--json]
 * Exit codes: 0 every essential met (solved), 1 otherwise, 2 bad usage or an unreadable file.
 */
import { fail, readUserFile } from './cli-io';
import { listProblemIds, loadProblemFolder } from './load-problems';
import { loadNodeMermaid } from './node-mermaid';
import { reviewDraft } from '../review/review-draft';
import { splitNoteSections } from '../review/notes-review';
import { describeSafetyChanges } from '../review/diagram-safety';
import type { DesignPrompt } from '../problems/parse';

const USAGE = 'usage: npm run review -- <design-prompt-id> <diagram.mmd> [--notes notes.md] [--json]';

function read(file: string): string {
  return readUserFile(file);
}

async function main() {
  const args = process.argv.slice(2);
  let json = false;
  let notesFile: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--notes') {
      notesFile = args[++i];
      if (!notesFile) fail(`--notes needs a file\n${USAGE}`);
    } else if (a.startsWith('--')) fail(`unknown option ${a}\n${USAGE}`);
    else positional.push(a);
  }
  if (positional.length !== 2) fail(USAGE);
  const [promptId, diagramFile] = positional;
  if (!listProblemIds().includes(promptId)) fail(`unknown design prompt "${promptId}"`);
  const loaded = loadProblemFolder(promptId);
  if (!loaded.problem) fail(`prompt "${promptId}" is invalid:\n${loaded.errors.join('\n')}`);
  if (loaded.problem.kind !== 'design') fail(`"${promptId}" is a coding problem; use npm run judge`);
  const prompt: DesignPrompt = loaded.problem;
  const diagram = read(diagramFile);
  const notes = notesFile ? splitNoteSections(read(notesFile)) : {};

  const mermaid = await loadNodeMermaid();
  const result = await reviewDraft(mermaid, prompt, diagram, notes);
  const { review } = result;
  const report = {
    prompt: prompt.id,
    diagramType: result.diagramType ?? 'unknown',
    ...(review.diagramError ? { parseError: { line: review.diagramError.line ?? null, message: review.diagramError.message } } : {}),
    nodes: result.graph.nodes.map((n) => ({
      id: n.id,
      label: n.label,
      ...(n.shape ? { shape: n.shape } : {}),
      ...(n.group ? { group: n.group } : {}),
      kinds: (result.kinds.get(n.id) ?? []).map((k) => k.kind),
      evidence: (result.kinds.get(n.id) ?? []).map((k) => `${k.kind}: ${k.evidence}`),
    })),
    edges: result.graph.edges.map((e) => ({ from: e.from, to: e.to, directed: e.directed, ...(e.label ? { label: e.label } : {}) })),
    groups: result.graph.groups ?? [],
    rubric: review.results.map((r) => ({ id: r.id, type: r.type, label: r.label, met: r.met, ...(r.unsure ? { unsure: true } : {}), optional: r.optional, essential: r.essential, ...(r.evidence ? { evidence: r.evidence } : {}), ...(r.hint ? { hint: r.hint } : {}), ...(r.hole ? { hole: r.hole } : {}) })),
    met: review.met,
    required: review.required,
    essentials: review.essentials,
    holes: review.holes,
    unsure: review.unsure,
    solved: review.solved,
    ...(describeSafetyChanges(result.safe) ? { safety: describeSafetyChanges(result.safe) } : {}),
  };
  if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    const out: string[] = [`${prompt.title} — ${report.diagramType} diagram, ${report.nodes.length} nodes, ${report.edges.length} edges`];
    if (report.safety) out.push(report.safety);
    if (review.diagramError) out.push(`We could not read the diagram${review.diagramError.line ? ` (line ${review.diagramError.line})` : ''}: ${review.diagramError.message}`, 'Nothing was scored against the diagram; fix it first.');
    out.push('');
    if (review.holes.length) out.push('An interviewer would fail this design:', ...review.holes.map((h) => `  ✗ ${h.hole}`), '');
    for (const r of review.results) out.push(`${r.met ? '✓' : r.unsure ? '?' : r.optional ? '–' : '✗'} ${r.essential ? '[essential] ' : ''}${r.label}${r.optional ? ' (optional)' : ''}: ${r.met ? r.evidence : r.hint}`);
    out.push('', `${review.solved ? 'SOLVED' : 'NOT YET'}: ${review.essentials.met} of ${review.essentials.total} essentials met; ${review.met} of ${review.required} scored items met`);
    process.stdout.write(`${out.join('\n')}\n`);
  }
  process.exit(review.solved ? 0 : 1);
}

main().catch((e) => fail(`internal error: ${(e as Error).stack ?? e}`));
