/**
 * The story review CLI:
 *   npm run --silent story -- <story.md> [--json]
 * Exit codes: 0 situation, task, action and result all present; 1 otherwise; 2 bad usage or an
 * unreadable file. The file may be anywhere on disk.
 */
import { fail, readUserFile } from './cli-io';
import { readPrinciplesFolder } from './load-problems';
import { parsePrinciples } from '../problems/principles';
import { STORY_PARTS, reviewStory, storyJson } from '../review/story/story-review';

const USAGE = 'usage: npm run --silent story -- <story.md> [--json]';

function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const unknown = args.find((a) => a.startsWith('--') && a !== '--json');
  if (unknown) fail(`unknown option ${unknown}\n${USAGE}`);
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) fail(USAGE);
  const text = readUserFile(files[0]);
  if (text.includes('\u0000')) fail(`${files[0]} is not a text file`);
  const bank = parsePrinciples(readPrinciplesFolder());
  if (!bank.ok) fail(`the principle files are invalid:\n${bank.errors.join('\n')}`);
  const review = reviewStory(text, bank.principles);
  if (json) process.stdout.write(`${JSON.stringify(storyJson(review), null, 2)}\n`);
  else {
    const out: string[] = [];
    for (const part of STORY_PARTS) {
      const p = review.parts[part];
      out.push(`${p.present ? '✓' : '✗'} ${part}${p.evidence ? `: “${p.evidence}”` : ''}${p.note ? ` — ${p.note}` : ''}`);
    }
    out.push(`Actions told with “I”: ${Math.round(review.firstPersonShare * 100)}% of ${review.actions.length}`);
    out.push(`Measurable outcomes: ${review.metrics.length ? review.metrics.map((m) => `“${m}”`).join('; ') : 'none'}`);
    out.push(`${review.words} words ≈ ${review.seconds} s told aloud at 140 words a minute (goal 90–180 s)`);
    out.push(`Principles shown best: ${review.principles.map((p) => p.name).join(', ')}`);
    if (review.cannotTell.length) out.push('', 'Cannot tell:', ...review.cannotTell.map((c) => `- ${c}`));
    if (review.advice.length) out.push('', 'What an interviewer would say:', ...review.advice.map((a) => `- ${a}`));
    process.stdout.write(`${out.join('\n')}\n`);
  }
  process.exitCode = review.complete ? 0 : 1;
}

main();
