/**
 * Makes diagram text inert and readable before anything draws, checks, exports or shares it.
 *
 * Mermaid applies `click` lines, `%%{init}%%` directives and front-matter config even under
 * `securityLevel: 'strict'` (STACK-NOTES), so a shared diagram could navigate the app or pull remote
 * CSS. This module removes every such line, keeps only a whitelisted theme, shows bidi controls
 * visibly, and smooths two harmless strictnesses of Mermaid 12's parser. Pure text in, text out; the
 * line count never changes, so error lines still point at the user's own text.
 */

/** Themes a diagram may ask for; anything else in its config is dropped. */
export const ALLOWED_THEMES = ['default', 'dark', 'forest', 'neutral', 'base'] as const;

/** One thing removed or changed, for a notice the user can read. */
export type SafetyChange = { line: number; what: string };

export type SafeDiagram = {
  /** The text to render, check, export and share. Same number of lines as the input. */
  text: string;
  /** What was removed (links, callbacks, config) — the diagram never acts. */
  removed: SafetyChange[];
  /** What was rewritten so Mermaid 12 accepts it (the meaning is unchanged). */
  fixed: SafetyChange[];
  /** Lines holding bidi or invisible control characters, now shown as ⟦U+…⟧. */
  bidi: SafetyChange[];
};

/** Bidi overrides/isolates/marks and zero-width characters: they can make a label read differently from what it says. */
const HIDDEN_CONTROLS = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** Interaction lines of every diagram type: flowchart/class `click`, class `link`/`callback`, sequence `link(s)`. */
const ACTING_LINE = /^\s*(?:(?:click|callback)\s+\S|links?\s+[^\s[\](){}:]+\s*[:"])/i;
/** C4 element and relation arguments that become links or sprites from elsewhere. */
const C4_ACTING_ARG = /,\s*\$(link|sprite|tags)\s*=\s*"[^"]*"/gi;
/** CSS that can fetch (`url(…)`, `@import`) has no place in a style line. */
const STYLE_LINE = /^\s*(style|classDef|linkStyle)\b/;
const FETCHING_CSS = /url\s*\(|@import|expression\s*\(|javascript:/i;

function themeIn(config: string): string | undefined {
  const match = /["']?theme["']?\s*:\s*["']?([A-Za-z]+)/.exec(config);
  const theme = match?.[1];
  return theme && (ALLOWED_THEMES as readonly string[]).includes(theme) ? theme : undefined;
}

const themeDirective = (theme: string) => `%%{init: {"theme": "${theme}"}}%%`;

/**
 * Returns the diagram as it may be drawn: links, callbacks and config removed (a whitelisted theme
 * kept), bidi controls made visible, trailing spaces trimmed and a bare subgraph title with
 * parentheses quoted. Never throws.
 *
 * @param source - the diagram text as the user typed or a link delivered it
 */
export function makeDiagramSafe(source: string): SafeDiagram {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const removed: SafetyChange[] = [];
  const fixed: SafetyChange[] = [];
  const bidi: SafetyChange[] = [];
  let theme: string | undefined;
  let themeLine = -1;

  // Front matter: an opening `---` on the first line and a closing `---`. Its config never reaches Mermaid.
  if (/^\s*---\s*$/.test(lines[0] ?? '')) {
    const close = lines.findIndex((l, i) => i > 0 && /^\s*---\s*$/.test(l));
    if (close > 0) {
      const block = lines.slice(1, close).join('\n');
      theme = themeIn(block);
      const title = /^\s*title\s*:\s*(.+)$/m.exec(block)?.[1];
      if (block.replace(/^\s*title\s*:.*$/m, '').trim()) removed.push({ line: 1, what: 'front-matter configuration' });
      for (let i = 0; i <= close; i++) lines[i] = '';
      if (title) {
        // Keep the title (harmless text) as front matter of its own, within the same lines.
        lines[0] = '---';
        lines[1] = `title: ${title}`;
        lines[2] = '---';
      }
      themeLine = title ? (close > 2 ? 3 : -1) : 0;
    }
  }

  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    // Directives, also several on one line or spread over lines.
    if (line.includes('%%{')) {
      let end = i;
      let joined = line;
      while (!/}%%/.test(joined.slice(joined.indexOf('%%{'))) && end + 1 < lines.length) joined += `\n${lines[++end]}`;
      theme = themeIn(joined) ?? theme;
      const kept = joined.replace(/%%\{[\s\S]*?\}%%/g, '').replace(/%%\{[\s\S]*$/, '');
      removed.push({ line: i + 1, what: 'an %%{init}%% directive' });
      const keptLines = kept.split('\n');
      for (let k = i; k <= end; k++) lines[k] = keptLines[k - i] ?? '';
      if (themeLine === -1) themeLine = i;
      line = lines[i];
    }
    if (ACTING_LINE.test(line) && !/-->|->>|--/.test(line)) {
      removed.push({ line: i + 1, what: `a ${line.trim().split(/\s+/)[0]} line (links and callbacks are not followed)` });
      lines[i] = '';
      continue;
    }
    if (C4_ACTING_ARG.test(line)) {
      lines[i] = line.replace(C4_ACTING_ARG, '');
      removed.push({ line: i + 1, what: 'a $link argument' });
      line = lines[i];
    }
    if (STYLE_LINE.test(line) && FETCHING_CSS.test(line)) {
      removed.push({ line: i + 1, what: 'a style that loads a URL' });
      lines[i] = '';
      continue;
    }
    if (HIDDEN_CONTROLS.test(line)) {
      bidi.push({ line: i + 1, what: 'bidi or invisible control characters' });
      line = line.replace(HIDDEN_CONTROLS, (c) => `⟦U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟧`);
    }
    // Mermaid 12 rejects trailing spaces after a `class …` line (and they never mean anything).
    const trimmed = line.replace(/[ \t]+$/, '');
    if (trimmed !== line && /^\s*class\s/.test(line)) fixed.push({ line: i + 1, what: 'trailing spaces after a class line' });
    line = trimmed;
    // A bare subgraph title with brackets or parentheses: quote it, as Mermaid 12 requires.
    const bare = /^(\s*subgraph\s+)([^"[\]\n]*[()][^"[\]\n]*)$/.exec(line);
    if (bare) {
      line = `${bare[1]}"${bare[2].trim().replace(/"/g, "'")}"`;
      fixed.push({ line: i + 1, what: 'parentheses in a subgraph title (now quoted)' });
    }
    lines[i] = line;
  }

  if (theme) {
    // The only config that survives, on a line that was config before.
    const at = themeLine >= 0 ? themeLine : lines.findIndex((l) => !l.trim() || l === '---');
    const line = Math.max(0, at);
    lines[line] = lines[line].trim() && lines[line] !== '---' ? `${themeDirective(theme)} ${lines[line]}` : lines[line] === '---' ? lines[line] : themeDirective(theme);
  }
  return { text: lines.join('\n'), removed, fixed, bidi };
}

/** A one-sentence notice of what was removed or changed, or undefined when nothing was. */
export function describeSafetyChanges(safe: SafeDiagram): string | undefined {
  const parts: string[] = [];
  if (safe.removed.length) parts.push(`Removed so the diagram cannot act: ${safe.removed.map((r) => `${r.what} (line ${r.line})`).join('; ')}.`);
  if (safe.bidi.length) parts.push(`Shown visibly: ${safe.bidi.map((b) => `${b.what} on line ${b.line}`).join('; ')}.`);
  if (safe.fixed.length) parts.push(`Adjusted for Mermaid 12: ${safe.fixed.map((f) => `${f.what} (line ${f.line})`).join('; ')}.`);
  return parts.length ? parts.join(' ') : undefined;
}
