import { lazy, Suspense, useEffect, useState } from 'react';
import type { DesignPrompt } from '../../problems/parse';
import type { DesignWork, MockPart } from '../../mock/record';
import { Markdown } from '../common/markdown';
import { loadMermaid, nextRenderId } from '../common/mermaid-loader';
import { NOTE_SECTIONS } from '../design/design-page';
import { MTID } from './mock-test-ids';

const CodeEditor = lazy(() => import('../editor/code-editor'));
const RENDER_DELAY_MS = 400;
const MAX_DIAGRAM_CHARS = 20_000;

/** Directives and click lines are applied by mermaid.render even under strict security: drop them from the preview. */
const safeForPreview = (text: string) => text.replace(/^\s*%%\{[\s\S]*?\}%%\s*$/gm, '').replace(/^\s*click\s.*$/gm, '');

type Props = {
  part: Extract<MockPart, { kind: 'design' }>;
  prompt: DesignPrompt;
  dark: boolean;
  onWork(change: (work: DesignWork) => DesignWork): void;
  onHandIn(): void;
};

/** The design part: the prompt without its clarifying questions (asking them is the candidate's job), a diagram, notes. */
export function MockDesignPart({ part, prompt, dark, onWork, onHandIn }: Props) {
  const { diagram, notes } = part.work;
  const [svg, setSvg] = useState('');
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    let live = true;
    const timer = setTimeout(async () => {
      if (diagram.length > MAX_DIAGRAM_CHARS) return setError('This diagram is too large to preview.');
      try {
        const mermaid = await loadMermaid(dark);
        const text = safeForPreview(diagram);
        const { svg: out } = await mermaid.render(nextRenderId('mock-draft'), text);
        if (live) {
          setSvg(out);
          setError(undefined);
        }
      } catch (e) {
        if (live) setError(String((e as Error)?.message ?? e).split('\n')[0]);
      }
    }, RENDER_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [diagram, dark]);

  return (
    <div className="mock-design">
      <section aria-label="Your design">
        <h2>{prompt.title}</h2>
        <Markdown source={prompt.prompt} />
        <p className="muted">State your clarifying questions and assumptions in the first notes section: the interviewer listens for them.</p>
        <h3>Diagram (Mermaid)</h3>
        <Suspense fallback={<div className="code-editor loading">Loading the editor…</div>}>
          <CodeEditor modelPath={`mock/${part.startedAt ?? 0}/${part.itemId}.mmd`} initialValue={diagram} language="mermaid" onChange={(d) => onWork((w) => ({ ...w, diagram: d }))} dark={dark} ariaLabel="Mermaid diagram editor" />
        </Suspense>
        <div className="preview" aria-label="Diagram preview">
          {svg ? <div className="plot-svg" dangerouslySetInnerHTML={{ __html: svg }} /> : <p className="muted">The preview appears here.</p>}
        </div>
        {error && <p className="diagram-error">{error}{svg && <span className="muted"> (showing the last diagram that worked)</span>}</p>}
      </section>
      <section aria-label="Notes" data-testid={MTID.designNotes}>
        <h3>Notes</h3>
        {NOTE_SECTIONS.map((s) => (
          <label key={s.id} className="note-section" data-section={s.id}>
            <span>{s.title}</span>
            <textarea rows={4} placeholder={s.placeholder} value={notes[s.id] ?? ''} onChange={(e) => { const v = e.target.value; onWork((w) => ({ ...w, notes: { ...w.notes, [s.id]: v } })); }} />
          </label>
        ))}
        <button type="button" className="accent" data-testid={MTID.handIn} onClick={onHandIn}>
          Hand in the design
        </button>
      </section>
    </div>
  );
}
