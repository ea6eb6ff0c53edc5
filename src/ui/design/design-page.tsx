import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Mermaid } from 'mermaid';
import type { DesignPrompt } from '../../problems/parse';
import { checkRubric, type RubricResult } from '../../review/rubric';
import { extractGraph } from './mermaid-graph';
import type { EditorMarker } from '../editor/code-editor';
import { LazyCodeEditor } from '../editor/lazy-code-editor';
import { Markdown } from '../common/markdown';
import { loadMermaid, nextRenderId } from '../common/mermaid-loader';
import { TID } from '../common/test-ids';
import { usePanes } from '../common/use-panes';
import { ClarifyingQuestions } from './clarifying-questions';
import { loadDesignDraft, loadReplacedDesignDraft, saveDesignDraft, saveReplacedDesignDraft, type DesignDraft } from '../storage/progress';
import { decodeDraft, encodeDraft, mermaidLiveUrl } from './share-codec';
import { MAX_SHARE_URL_CHARS, readShareFile, shareFileFor } from './share-file';
import { downloadPng, downloadText } from './export-diagram';

export const NOTE_SECTIONS = [
  { id: 'requirements', title: 'Requirements and clarifying questions', placeholder: 'Who uses it, what it must do, what you would ask. Assumption: …' },
  { id: 'api', title: 'API', placeholder: 'POST /v1/resources → 201 {id}\nGET /v1/resources/{id}?cursor=… → 200 {items, nextCursor}\nErrors: 400, 404, 409, 429' },
  { id: 'data-model', title: 'Data model', placeholder: 'Tables / keys / indexes' },
  { id: 'trade-offs', title: 'Trade-offs', placeholder: 'What you chose, what you gave up, and why' },
  { id: 'nfrs', title: 'Non-functional requirements', placeholder: 'Latency, availability, durability, scale' },
  { id: 'metrics', title: 'Metrics', placeholder: 'How you would know it works: input → output metrics' },
] as const;

const PANES = [
  { id: 'prompt' as const, label: 'Prompt', testId: 'pane-tab-prompt' },
  { id: 'diagram' as const, label: 'Diagram', testId: 'pane-tab-diagram' },
  { id: 'notes' as const, label: 'Notes', testId: 'pane-tab-notes' },
  { id: 'review' as const, label: 'Review', testId: 'pane-tab-review' },
];

const STARTER_DIAGRAM = 'flowchart LR\n  client[Client] --> gateway[API gateway]\n  gateway --> service[Service]\n  service --> db[(Database)]\n';

/** Past these sizes a diagram is refused before rendering, so the page never freezes. */
const MAX_DIAGRAM_CHARS = 20_000;
const MAX_DIAGRAM_LINES = 400;
const RENDER_DELAY_MS = 350;

type Preview = { svg?: string; error?: { message: string; line?: number }; renderMs?: number };

/** Draft a Mermaid diagram and notes for a design prompt, check them against its rubric, then compare with the reference. */
export default function DesignPage({ prompt, share, dark }: { prompt: DesignPrompt; share?: string; dark: boolean }) {
  const saved = useMemo(() => loadDesignDraft(prompt.id), [prompt.id]);
  const [diagram, setDiagram] = useState(saved?.diagram ?? STARTER_DIAGRAM);
  const [notes, setNotes] = useState<Record<string, string>>(saved?.notes ?? {});
  const [editorKey, setEditorKey] = useState(0);
  const [preview, setPreview] = useState<Preview>({});
  const [results, setResults] = useState<RubricResult[] | undefined>();
  const [reviewNote, setReviewNote] = useState<string | undefined>();
  const [showReference, setShowReference] = useState(false);
  const [referenceSvg, setReferenceSvg] = useState('');
  const [status, setStatus] = useState<string | undefined>();
  const mermaidRef = useRef<Mermaid | undefined>(undefined);
  const panes = usePanes({ panes: PANES, side: 'prompt', initial: 'prompt', idPrefix: 'design-pane', label: 'Design workspace' });

  useEffect(() => {
    document.title = `${prompt.title} · Techscreen`;
  }, [prompt.title]);

  const [replaced, setReplaced] = useState<DesignDraft | undefined>();
  const [lastReview, setLastReview] = useState(saved?.review);
  const edited = useRef(false);

  // A shared link (or a shared-draft file) opens that draft; a different local draft is kept aside and can be restored.
  const [sharedFile, setSharedFile] = useState<{ encoded: string } | undefined>();
  const shared = sharedFile?.encoded ?? share;
  useEffect(() => {
    if (!shared) return;
    void decodeDraft(shared).then((result) => {
      if (!result.ok) return setStatus(result.message);
      const local = loadDesignDraft(prompt.id);
      const differs = local && (local.diagram !== result.draft.diagram || JSON.stringify(local.notes) !== JSON.stringify(result.draft.notes));
      if (local && differs) {
        saveReplacedDesignDraft(prompt.id, local);
        setReplaced(local);
      }
      edited.current = true;
      setDiagram(result.draft.diagram);
      setNotes(result.draft.notes);
      setEditorKey((k) => k + 1);
      // The last review was of the other draft.
      setResults(undefined);
      setReviewNote(undefined);
      setStatus(differs ? 'Opened the shared draft. Your own draft was kept: use “Restore my draft” to get it back.' : 'Opened the shared draft. Your edits are saved in this browser.');
    });
  }, [shared, sharedFile, prompt.id]);

  const restore = () => {
    const previous = replaced ?? loadReplacedDesignDraft(prompt.id);
    if (!previous) return;
    setDiagram(previous.diagram);
    setNotes(previous.notes);
    setEditorKey((k) => k + 1);
    setResults(undefined);
    setReviewNote(undefined);
    setReplaced(undefined);
    setStatus('Your own draft is back.');
  };

  // Saved like code, shortly after every change — but opening a prompt is not yet an attempt.
  useEffect(() => {
    if (!edited.current && diagram === (saved?.diagram ?? STARTER_DIAGRAM) && JSON.stringify(notes) === JSON.stringify(saved?.notes ?? {})) return;
    edited.current = true;
    const timer = setTimeout(() => saveDesignDraft(prompt.id, { diagram, notes, review: lastReview }), 300);
    return () => clearTimeout(timer);
  }, [prompt.id, diagram, notes, lastReview, saved]);

  // Live preview, debounced; the last good render stays on screen while the text is broken.
  useEffect(() => {
    let live = true;
    const timer = setTimeout(async () => {
      const lines = diagram.split('\n').length;
      if (diagram.length > MAX_DIAGRAM_CHARS || lines > MAX_DIAGRAM_LINES) {
        setPreview((p) => ({ ...p, error: { message: `This diagram is too large to preview (${diagram.length.toLocaleString()} characters, ${lines} lines; the limit is ${MAX_DIAGRAM_CHARS.toLocaleString()} characters and ${MAX_DIAGRAM_LINES} lines). Split it or remove detail.` } }));
        return;
      }
      const mermaid = (mermaidRef.current ??= await loadMermaid(dark));
      const started = performance.now();
      try {
        await mermaid.parse(diagram);
        const { svg } = await mermaid.render(nextRenderId('draft'), diagram);
        if (live) setPreview({ svg, renderMs: Math.round(performance.now() - started) });
      } catch (e) {
        const parsed = await extractGraph(mermaid, diagram);
        const message = parsed.ok ? String((e as Error)?.message ?? e) : parsed.message;
        const line = parsed.ok ? undefined : parsed.line;
        if (live) setPreview((p) => ({ svg: p.svg, error: { message, line } }));
      }
    }, RENDER_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [diagram, dark]);

  const markers: EditorMarker[] = useMemo(
    () => (preview.error?.line ? [{ line: preview.error.line, message: preview.error.message }] : []),
    [preview.error],
  );

  const notesText = NOTE_SECTIONS.map((s) => `## ${s.title}\n${notes[s.id] ?? ''}`).join('\n\n');

  const review = useCallback(async () => {
    const mermaid = (mermaidRef.current ??= await loadMermaid(dark));
    const parsed = await extractGraph(mermaid, diagram);
    if (!parsed.ok) {
      setReviewNote(`The diagram has an error${parsed.line ? ` on line ${parsed.line}` : ''}, so only the notes were checked: ${parsed.message}`);
      const r = checkRubric(prompt.rubric, { nodes: [], edges: [] }, notesText);
      setResults(r);
      setLastReview({ met: r.filter((x) => x.met).length, total: r.length });
      return;
    }
    setReviewNote(!/^(flowchart|graph)/.test(parsed.diagramType) ? `The rubric reads flowcharts; this is a ${parsed.diagramType} diagram, so only the notes were checked.` : undefined);
    const r = checkRubric(prompt.rubric, parsed.graph, notesText);
    setResults(r);
    setLastReview({ met: r.filter((x) => x.met).length, total: r.length });
  }, [dark, diagram, notesText, prompt.rubric]);

  const reveal = async () => {
    setShowReference(true);
    const mermaid = (mermaidRef.current ??= await loadMermaid(dark));
    try {
      setReferenceSvg((await mermaid.render(nextRenderId('reference'), prompt.referenceDiagram)).svg);
    } catch (e) {
      setReferenceSvg('');
      setStatus(`The reference diagram could not be drawn: ${(e as Error).message}`);
    }
  };

  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`${what} copied.`);
    } catch {
      setStatus(`Could not copy: your browser blocked the clipboard. ${what}: ${text.slice(0, 200)}`);
    }
  };

  const shareLink = async () => {
    const encoded = await encodeDraft({ diagram, notes });
    const url = `${location.origin}${location.pathname}#/p/${prompt.id}/share/${encoded}`;
    if (url.length > MAX_SHARE_URL_CHARS) {
      // Too long to survive being pasted around: a file carries it instead, and this page opens it.
      const file = shareFileFor(prompt.id, prompt.title, encoded);
      downloadText(file.name, file.text, 'application/json');
      setStatus(`This draft is too long for a link (${url.length.toLocaleString()} characters; links stay under ${MAX_SHARE_URL_CHARS.toLocaleString()}), so it was saved as the file ${file.name}. Send the file; “Open a shared file” on this prompt opens it.`);
      return undefined;
    }
    await copy(url, 'Share link');
    return url;
  };

  const met = results?.filter((r) => r.met).length ?? 0;
  return (
    <div className="design-workspace" data-testid={TID.designPage} data-layout={panes.layout}>
      {panes.tabs}
      <section className="statement-pane" aria-labelledby="design-title" {...panes.paneProps('prompt')}>
        <p className="crumbs">
          <a href="#/">Catalog</a> › {prompt.skill === 'api-design' ? 'API design' : 'System design'}
        </p>
        <h1 id="design-title">{prompt.title}</h1>
        <p>
          <span className={`badge difficulty-${prompt.difficulty}`}>{prompt.difficulty}</span> <span className="badge kind-design">{prompt.designKind}</span>
        </p>
        <Markdown source={prompt.prompt} />
        <ClarifyingQuestions promptId={prompt.id} questions={prompt.clarifyingQuestions} />
      </section>
      <section className="design-draft" aria-label="Your design" hidden={!panes.anyVisible('diagram', 'notes')}>
        <div className="design-group" {...panes.paneProps('diagram')}>
        <h2>Diagram (Mermaid)</h2>
          <LazyCodeEditor
            key={editorKey}
            modelPath={`${prompt.id}/diagram-${editorKey}.mmd`}
            initialValue={diagram}
            language="mermaid"
            onChange={setDiagram}
            markers={markers}
            dark={dark}
            ariaLabel="Mermaid diagram editor"
          />
        </div>
        <div className="design-group" {...panes.paneProps('notes')}>
        <h2>Notes</h2>
        {NOTE_SECTIONS.map((s) => (
          <label key={s.id} className="note-section" data-testid={TID.notesSection} data-section={s.id}>
            <span>{s.title}</span>
            <textarea rows={4} placeholder={s.placeholder} value={notes[s.id] ?? ''} onChange={(e) => setNotes((n) => ({ ...n, [s.id]: e.target.value }))} />
          </label>
        ))}
        </div>
      </section>
      <section className="design-side" aria-label="Preview and review" hidden={!panes.anyVisible('diagram', 'review')}>
        <div className="design-group" {...panes.paneProps('diagram', true)}>
        <div className="preview" role="figure" data-testid={TID.diagramPreview} aria-label="Diagram preview">
          {preview.svg ? <div className="plot-svg" dangerouslySetInnerHTML={{ __html: preview.svg }} /> : <p className="muted">The preview appears here.</p>}
        </div>
        {preview.error && (
          <p className="diagram-error" role="alert" data-testid={TID.diagramError} data-line={preview.error.line ?? ''}>
            {preview.error.line ? `Line ${preview.error.line}: ` : ''}
            {preview.error.message.split('\n')[0]}
            {preview.svg && <span className="muted"> (showing the last diagram that worked)</span>}
          </p>
        )}
        <div className="toolbar" role="toolbar" aria-label="Export">
          <button type="button" data-testid={TID.exportSvg} disabled={!preview.svg} onClick={() => downloadText(`${prompt.id}.svg`, preview.svg ?? '', 'image/svg+xml')}>
            SVG
          </button>
          <button type="button" data-testid={TID.exportPng} disabled={!preview.svg} onClick={() => void downloadPng(`${prompt.id}.png`, preview.svg ?? '').catch((e: Error) => setStatus(e.message))}>
            PNG
          </button>
          <button type="button" data-testid={TID.copySource} onClick={() => void copy(diagram, 'Mermaid source')}>
            Copy source
          </button>
          <button type="button" data-testid={TID.shareLink} onClick={() => void shareLink()}>
            Share link
          </button>
          <OpenSharedFile
            onText={(text) => {
              const read = readShareFile(text, prompt.id);
              if (read.ok) setSharedFile({ encoded: read.encoded });
              else setStatus(read.message);
            }}
          />
          <button type="button" data-testid={TID.openMermaidLive} onClick={() => void mermaidLiveUrl(diagram, dark).then((url) => window.open(url, '_blank', 'noopener,noreferrer'))}>
            Open in Mermaid Live
          </button>
        </div>
        {status && (
          <p className="status" role="status">
            {status}{' '}
            {replaced && (
              <button type="button" className="link-button" onClick={restore}>
                Restore my draft
              </button>
            )}
          </p>
        )}
        </div>
        <div className="design-group" {...panes.paneProps('review')}>
        <button type="button" className="primary" data-testid={TID.reviewButton} onClick={() => void review()}>
          Check against the rubric
        </button>
        {reviewNote && <p className="muted">{reviewNote}</p>}
        {results && (
          <div className="rubric">
            <p>
              <strong>
                {met} of {results.length}
              </strong>{' '}
              rubric items covered
            </p>
            <ul className="checks">
              {results.map((r) => (
                <li key={r.item.id} className={`check check-${r.met ? 'pass' : 'fail'}`} data-testid={TID.rubricItem} data-item={r.item.id} data-met={r.met}>
                  <span className="check-icon">{r.met ? '✓' : '✗'}</span> <strong>{r.item.label}</strong>
                  <span className="muted"> ({r.item.type})</span>
                  <div className="check-detail">{r.met ? r.evidence : (r.hint ?? r.item.why)}</div>
                </li>
              ))}
            </ul>
          </div>
        )}
        {!showReference ? (
          <button type="button" data-testid={TID.revealReference} onClick={() => void reveal()}>
            Reveal the reference design
          </button>
        ) : (
          <div className="reference" data-testid={TID.referenceDiagram}>
            <h2>Reference design</h2>
            {referenceSvg && <div className="plot-svg" dangerouslySetInnerHTML={{ __html: referenceSvg }} />}
            <Markdown source={prompt.referenceNotes} />
          </div>
        )}
        </div>
      </section>
    </div>
  );
}

/** A button that reads a shared-draft file (the file input behind it is out of the tab order). */
function OpenSharedFile({ onText }: { onText(text: string): void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" data-testid="open-shared-file" onClick={() => input.current?.click()}>
        Open a shared file
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="shared-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void file.text().then(onText);
        }}
      />
    </>
  );
}
