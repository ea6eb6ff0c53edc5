/**
 * Reads a story as the candidate wrote it — prose, or Situation / Task / Action / Result / Learning
 * fields in Markdown — into sentences, each with the field it was written under (if any). Pure.
 */
import nlp from 'compromise';

export const STORY_PARTS = ['situation', 'task', 'action', 'result', 'learning'] as const;
export type StoryPart = (typeof STORY_PARTS)[number];

export type StorySentence = {
  /** As written, Markdown marks removed. */
  text: string;
  /** Lower case, straight quotes, single spaces: what the patterns read. */
  plain: string;
  /** The field this sentence was written under ("Result:", "## Result"), if the story uses fields. */
  label?: StoryPart;
  /** Position in the story, from 0. */
  index: number;
};

const LABEL_WORDS: Record<string, StoryPart> = {
  situation: 'situation',
  context: 'situation',
  background: 'situation',
  s: 'situation',
  task: 'task',
  goal: 'task',
  t: 'task',
  action: 'action',
  actions: 'action',
  a: 'action',
  result: 'result',
  results: 'result',
  outcome: 'result',
  impact: 'result',
  r: 'result',
  learning: 'learning',
  learnings: 'learning',
  lesson: 'learning',
  lessons: 'learning',
  'lessons learned': 'learning',
  'what i learned': 'learning',
  l: 'learning',
  'the situation': 'situation',
  problem: 'situation',
  'the problem': 'situation',
  'the task': 'task',
  'my task': 'task',
  objective: 'task',
  'my role': 'task',
  'what i did': 'action',
  'actions taken': 'action',
  'my actions': 'action',
  approach: 'action',
  'the result': 'result',
  'the results': 'result',
  'what happened': 'result',
  takeaway: 'learning',
  takeaways: 'learning',
  'key learning': 'learning',
  'key learnings': 'learning',
  reflection: 'learning',
  'what i would do differently': 'learning',
  "what i'd do differently": 'learning',
};

/** "## Result", "**Result:**", "Result -", "R:" at the start of a line: the field and the rest of the line. */
function readLabel(line: string): { label?: StoryPart; rest: string } {
  const m = /^\s*(?:#{1,6}\s*)?(?:[-*]\s*)?(?:\*\*|__)?\s*([A-Za-z][A-Za-z '’/&]{0,30}?)\s*(?:\*\*|__)?\s*(?:[:—–-]\s*(?:\*\*|__)?|(?:\*\*|__)?\s*$)(.*)$/.exec(line);
  if (!m) return { rest: line };
  const word = m[1].trim().toLowerCase().replace(/’/g, "'");
  // "Result / Impact", "Results & impact": the first name that is a field.
  const label = LABEL_WORDS[word] ?? word.split(/\s*[/&]\s*/).map((w) => LABEL_WORDS[w]).find(Boolean);
  // A one-letter label needs a colon ("S: …"), or "A" would eat sentences that start "A customer …".
  if (!label) return { rest: line };
  if (word.length === 1 && !/^\s*(?:\*\*|__)?[A-Za-z](?:\*\*|__)?\s*:/.test(line.replace(/^\s*(?:#{1,6}\s*|[-*]\s+)/, ''))) return { rest: line };
  if (/^\s*#/.test(line) || m[2].trim() === '' || /[:—–-]/.test(line.slice(0, line.length - m[2].length))) return { label, rest: m[2] };
  return { rest: line };
}

/** Markdown marks a speaker would not say: emphasis, links, list bullets, quotes, code ticks. */
function stripMarkdown(line: string): string {
  return line
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/^\s*>\s?/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^*_`]*?\S)\1/g, '$2')
    .replace(/`/g, '');
}

/** Text as the patterns read it. */
export function plainText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Splits a story into sentences with their field labels. Blank lines and list items end a sentence
 * even without a full stop, as a speaker's pause would.
 */
export function readStory(markdown: string): StorySentence[] {
  const out: StorySentence[] = [];
  let label: StoryPart | undefined;
  const blocks: { text: string; label?: StoryPart; paragraph: number }[] = [];
  let current: string[] = [];
  let paragraph = 0;
  let labelParagraph = -1;
  const flush = () => {
    const text = current.join(' ').trim();
    if (text) blocks.push({ text, label, paragraph });
    current = [];
  };
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) continue;
    if (raw.trim() === '' || /^\s*([-*+]|\d+[.)])\s+/.test(raw) || /^\s*#/.test(raw)) flush();
    if (raw.trim() === '') paragraph++;
    const { label: found, rest } = readLabel(raw);
    if (found) {
      flush();
      label = found;
      labelParagraph = paragraph;
    } else if (/^\s*#/.test(raw)) {
      // A heading that is not a field (a title) ends the fields above it but is not a sentence told.
      continue;
    }
    const line = stripMarkdown(found ? rest : raw).trim();
    if (line) current.push(line);
  }
  flush();
  // One lead-in label in a story told as prose ("Context: I was a PM at…") names its own paragraph only.
  if (new Set(blocks.map((b) => b.label).filter(Boolean)).size === 1 && labelParagraph >= 0) {
    const first = blocks.findIndex((b) => b.label);
    const own = blocks[first].paragraph;
    for (const b of blocks) if (b.paragraph !== own) b.label = undefined;
  }
  for (const block of blocks) {
    for (const sentence of splitSentences(block.text)) {
      out.push({ text: sentence, plain: plainText(sentence), label: block.label, index: out.length });
    }
  }
  return out;
}

function splitSentences(text: string): string[] {
  // Splitting needs no tagging: the tokenizer alone finds the sentence ends (abbreviations, decimals).
  const sentences = nlp.tokenize(text).sentences().out('array') as string[];
  return sentences.map((s) => s.trim()).filter((s) => /[A-Za-z0-9]/.test(s));
}

/** Words as a speaker says them (numbers and contractions count once). */
export function countWords(sentences: StorySentence[]): number {
  return sentences.reduce((n, s) => n + (s.text.match(/[A-Za-z0-9$£€%]+(?:['’.,-][A-Za-z0-9]+)*/g)?.length ?? 0), 0);
}
