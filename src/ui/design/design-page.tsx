import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Mermaid } from 'mermaid';
import type { DesignPrompt } from '../../problems/parse';
import { NOTE_SECTIONS as SHARED_SECTIONS, type NoteSectionId } from '../../problems/design-vocabulary';
import type { DesignReview, RubricCheckType } from '../../review/rubric';
import { readDiagram, type DiagramGraph, type MermaidLike } from '../../review/diagram-model';
import { makeDiagramSafe, describeSafetyChanges } from '../../review/diagram-safety';
import { reviewDraft } from '../../review/review-draft';
import { compareDesigns, kindName, type DesignComparison } from '../../review/compare-designs';
import { inertSvg } from './inert-svg';
import { DiagramViewer } from './diagram-viewer';
import type { EditorMarker } from '../editor/code-editor';
import { LazyCodeEditor } from '../editor/lazy-code-editor';
import { Markdown } from '../common/markdown';
import { loadMermaid, nextRenderId } from '../common/mermaid-loader';
import { TID } from '../common/test-ids';
import { designKey, loadDesignDraft, type DesignDraft } from '../storage/progress';
import { useDesignStorage } from '../storage/use-design-storage';
import { AsideNotice, KeptVersions, SyncMessage, TabConflictBanner } from '../storage/storage-banners';
import { encodeDraft, mermaidLiveUrl } from '../storage/share-codec';
import { MAX_SHARE_URL_CHARS, readShareFile, shareFileFor } from './share-file';
import { usePanes } from '../common/use-panes';
import { ClarifyingQuestions } from './clarifying-questions';
import { downloadPng, downloadText } from './export-diagram';

/** What each kind of check is, in a reader's words. */
const TYPE_WORDS: Record<RubricCheckType, string> = { component: 'component', flow: 'flow', topic: 'notes topic', api: 'API check', notes: 'notes' };

const NOTE_PLACEHOLDERS: Record<NoteSectionId, string> = {
  requirements: 'Who uses it, what it must do, what you would ask. Assumption: …',
  api: 'POST /v1/resources → 201 {id}\nGET /v1/resources/{id}?cursor=… → 200 {items, nextCursor}\nErrors: 400, 404, 409, 429',
  'data-model': 'Tables / keys / indexes',
  'trade-offs': 'What you chose, what you gave up, and why',
  nfrs: 'Latency, availability, durability, scale',
  metrics: 'How you would know it works: input → output metrics',
};
/** The notes sections (shared names, src/problems/design-vocabulary.ts) with the page's placeholders. */
export const NOTE_SECTIONS = SHARED_SECTIONS.map((s) => ({ ...s, placeholder: NOTE_PLACEHOLDERS[s.id] }));

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
/**
 * Debounce before the preview redraws: short enough to feel live (a paste or a finished word redraws within
 * about a tenth of a second), long enough not to redraw between the keys of a burst of typing (~80–120 ms
 * apart); a newer edit makes a render still in flight drop its picture (`live`).
 */
export const RENDER_DELAY_MS = 120;

type Preview = { svg?: string; error?: { message: string; line?: number }; renderMs?: number };

/** Draft a Mermaid diagram and notes for a design prompt, check them against its rubric, then compare with the reference. */
/** Items the draft says nothing about either way (shown with ?): not counted, never a ✗. */
const askedCount = (review: DesignReview) => review.unsure.filter((u) => !u.fails).length;

export default function DesignPage({ prompt, share, dark }: { prompt: DesignPrompt; share?: string; dark: boolean }) {
  const saved = useMemo(() => loadDesignDraft(prompt.id), [prompt.id]);
  const [diagram, setDiagram] = useState(saved?.diagram ?? STARTER_DIAGRAM);
  const [notes, setNotes] = useState<Record<string, string>>(saved?.notes ?? {});
  const [editorKey, setEditorKey] = useState(0);
  const [preview, setPreview] = useState<Preview>({});
  const [review, setReview] = useState<DesignReview | undefined>();
  const asked = review ? askedCount(review) : 0;
  const [comparison, setComparison] = useState<DesignComparison | undefined>();
  const [showReference, setShowReference] = useState(false);
  const [referenceSvg, setReferenceSvg] = useState('');
  const [status, setStatus] = useState<string | undefined>();
  const mermaidRef = useRef<Mermaid | undefined>(undefined);
  const panes = usePanes({ panes: PANES, side: 'prompt', initial: 'prompt', idPrefix: 'design-pane', label: 'Design workspace' });

  useEffect(() => {
    document.title = `${prompt.title} · Techscreen`;
  }, [prompt.title]);

  const [lastReview, setLastReview] = useState(saved?.review);
  // Monaco reports edits outside React's events, so a plain state update would render in a later task: a
  // reload in between would save the text without its last keystroke. Rendered at once, the draft that
  // the page saves on leaving is always the text on screen.
  const onDiagramChange = useCallback((text: string) => flushSync(() => setDiagram(text)), []);
  const edited = useRef(false);

  // A shared link, or a shared-draft file opened on this page (for drafts too long for a link).
  const [sharedFile, setSharedFile] = useState<{ encoded: string } | undefined>();
  const shared = sharedFile?.encoded ?? share;
  // Storage: share links, other tabs, imports and kept versions (src/ui/storage/use-design-storage.ts).
  const draftNow: DesignDraft = { diagram, notes, review: lastReview };
  const showDraft = useCallback((d: DesignDraft) => {
    edited.current = true;
    setDiagram(d.diagram);
    setNotes(d.notes);
    setLastReview(d.review);
    setEditorKey((k) => k + 1);
  }, []);
  const storage = useDesignStorage({ problemId: prompt.id, share: shared, starter: STARTER_DIAGRAM, draft: draftNow, show: showDraft, setStatus });
  const saveDraft = storage.save;

  // Saved like code, shortly after every change — but opening a prompt is not yet an attempt.
  useEffect(() => {
    if (!edited.current && diagram === (saved?.diagram ?? STARTER_DIAGRAM) && JSON.stringify(notes) === JSON.stringify(saved?.notes ?? {})) return;
    edited.current = true;
    const timer = setTimeout(() => saveDraft({ diagram, notes, review: lastReview }), 300);
    return () => clearTimeout(timer);
  }, [prompt.id, diagram, notes, lastReview, saved, saveDraft]);

  // The one text that is drawn, checked, exported and shared: links, callbacks and config removed.
  const safe = useMemo(() => makeDiagramSafe(diagram), [diagram]);
  const safetyNotice = useMemo(() => describeSafetyChanges(safe), [safe]);

  // Live preview, debounced; the last good render stays on screen while the text is broken.
  const lastDrawn = useRef<{ text: string; dark: boolean } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(async () => {
      const lines = diagram.split('\n').length;
      if (diagram.length > MAX_DIAGRAM_CHARS || lines > MAX_DIAGRAM_LINES) {
        lastDrawn.current = undefined;
        setPreview((p) => ({ ...p, error: { message: `This diagram is too large to preview (${diagram.length.toLocaleString()} characters, ${lines} lines; the limit is ${MAX_DIAGRAM_CHARS.toLocaleString()} characters and ${MAX_DIAGRAM_LINES} lines). Split it or remove detail.` } }));
        return;
      }
      // The same text in the same theme draws the same picture: keep it.
      const drawn = lastDrawn.current;
      if (drawn && drawn.text === safe.text && drawn.dark === dark) return;
      const mermaid = (mermaidRef.current ??= await loadMermaid(dark));
      const started = performance.now();
      try {
        const { svg } = await mermaid.render(nextRenderId('draft'), safe.text);
        if (!live) return;
        lastDrawn.current = { text: safe.text, dark };
        setPreview({ svg: inertSvg(svg), renderMs: Math.round(performance.now() - started) });
      } catch (e) {
        // An error is on screen now: the last good text must draw again to clear it.
        lastDrawn.current = undefined;
        const parsed = await readDiagram(mermaid as unknown as MermaidLike, safe.text);
        const message = parsed.ok ? String((e as Error)?.message ?? e) : parsed.message;
        const line = parsed.ok ? undefined : parsed.line;
        if (live) setPreview((p) => ({ svg: p.svg, error: { message, line } }));
      }
    }, RENDER_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [diagram, safe, dark]);

  const markers: EditorMarker[] = useMemo(
    () => (preview.error?.line ? [{ line: preview.error.line, message: preview.error.message }] : []),
    [preview.error],
  );

  const runReview = useCallback(async () => {
    const mermaid = (mermaidRef.current ??= await loadMermaid(dark));
    const result = await reviewDraft(mermaid as unknown as MermaidLike, prompt, diagram, notes);
    setReview(result.review);
    // "Solved" in progress means every essential is met; advice never decides it.
    const undecided = askedCount(result.review);
    setLastReview({ met: result.review.solved ? result.review.required : Math.min(result.review.met, result.review.required - 1), total: result.review.required + undecided, ...(undecided ? { undecided } : {}), at: Date.now() });
    return result.graph;
  }, [dark, diagram, notes, prompt]);

  const reveal = async () => {
    setShowReference(true);
    const mermaid = (mermaidRef.current ??= await loadMermaid(dark));
    const referenceText = makeDiagramSafe(prompt.referenceDiagram).text;
    try {
      setReferenceSvg(inertSvg((await mermaid.render(nextRenderId('reference'), referenceText)).svg));
    } catch (e) {
      setReferenceSvg('');
      setStatus(`The reference diagram could not be drawn: ${(e as Error).message}`);
    }
    const [mine, reference] = await Promise.all([runReview(), readDiagram(mermaid as unknown as MermaidLike, referenceText)]);
    const empty: DiagramGraph = { nodes: [], edges: [] };
    setComparison(compareDesigns(mine ?? empty, reference.ok ? reference.graph : empty));
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
    const encoded = await encodeDraft({ diagram: safe.text, notes });
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
        <AsideNotice problemId={prompt.id} />
        <TabConflictBanner conflict={storage.sync.conflict} noun="design draft" onKeepMine={storage.sync.keepMine} onTakeTheirs={storage.sync.takeTheirs} onKeepBoth={storage.sync.keepBoth} />
        <SyncMessage message={storage.sync.message} onDismiss={storage.sync.dismissMessage} />
        <KeptVersions item={designKey(prompt.id)} onOpen={storage.openKept} />
        <div className="design-group" {...panes.paneProps('diagram')}>
        <h2>Diagram (Mermaid)</h2>
          <LazyCodeEditor
            key={editorKey}
            modelPath={`${prompt.id}/diagram-${editorKey}.mmd`}
            initialValue={diagram}
            language="mermaid"
            onChange={onDiagramChange}
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
          {preview.svg ? <DiagramViewer svg={preview.svg} label="Your diagram" /> : <p className="muted">The preview appears here.</p>}
        </div>
        {safetyNotice && (
          <p className="notice" data-testid={TID.diagramNotice}>
            {safetyNotice}
          </p>
        )}
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
          <button type="button" data-testid={TID.copySource} onClick={() => void copy(safe.text, 'Mermaid source')}>
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
          <button type="button" data-testid={TID.openMermaidLive} onClick={() => void mermaidLiveUrl(safe.text, dark).then((url) => window.open(url, '_blank', 'noopener,noreferrer'))}>
            Open in Mermaid Live
          </button>
        </div>
        {status && (
          <p className="status" role="status" data-testid={TID.shareStatus}>
            {status}{' '}
            {storage.canRestoreOwn && (
              <button type="button" className="link-button" data-testid={TID.restoreOwnDraft} onClick={storage.restoreOwn}>
                Restore my draft
              </button>
            )}
          </p>
        )}
        </div>
        <div className="design-group" {...panes.paneProps('review')}>
        <button type="button" className="primary" data-testid={TID.reviewButton} onClick={() => void runReview()}>
          Check against the rubric
        </button>
        {review && (
          <div className="rubric">
            {review.diagramError && (
              <p className="diagram-error" role="alert" data-testid={TID.reviewDiagramError}>
                We could not read the diagram{review.diagramError.line ? `: fix line ${review.diagramError.line} first` : ''}. {review.diagramError.message} Nothing was scored against the diagram.
              </p>
            )}
            <p data-testid={TID.reviewSummary} data-solved={review.solved}>
              <strong>{review.solved ? 'Solved: every essential is met.' : review.diagramError ? 'Not yet: the diagram could not be read.' : 'Not yet: an interviewer would fail this design.'}</strong>{' '}
              {review.essentials.met} of {review.essentials.total} essentials met; {review.met} of {review.required} scored items met (advice counts for the scorecard, never for “solved”).{asked > 0 && ` ${asked} item${asked > 1 ? 's' : ''} the review could not decide (marked ?): not counted, check ${asked > 1 ? 'them' : 'it'} yourself.`}
            </p>
            {review.holes.length > 0 && (
              <ul className="holes" data-testid={TID.reviewHoles} aria-label="What an interviewer would fail it for">
                {review.holes.map((h) => (
                  <li key={h.id} data-item={h.id}>
                    <strong>{h.hole}</strong>
                  </li>
                ))}
              </ul>
            )}
            {[
              { title: 'Essentials', list: review.results.filter((r) => r.essential) },
              { title: 'Advice', list: review.results.filter((r) => !r.essential) },
            ].map(({ title, list }) => (
              <div key={title}>
                <h3 className="checks-title">{title}</h3>
                <ul className="checks">
                  {list.map((r) => (
                    <li key={r.id} className={`check check-${r.met ? 'pass' : r.unsure ? 'unsure' : r.optional ? 'info' : 'fail'}`} data-testid={TID.rubricItem} data-item={r.id} data-met={r.met} data-unsure={r.unsure ?? false} data-optional={r.optional} data-essential={r.essential}>
                      <span className="check-icon" aria-label={r.met ? 'met' : r.unsure ? 'not shown either way' : r.optional ? 'optional' : 'not met'}>{r.met ? '✓' : r.unsure ? '?' : r.optional ? '–' : '✗'}</span> <strong>{r.label}</strong>
                      <span className="muted"> ({r.optional ? 'optional ' : ''}{TYPE_WORDS[r.type]})</span>
                      <div className="check-detail">{r.met ? r.evidence : r.hint}</div>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
        {!showReference ? (
          <button type="button" data-testid={TID.revealReference} onClick={() => void reveal()}>
            Reveal the reference design
          </button>
        ) : (
          <div className="reference" data-testid={TID.referenceDiagram}>
            <h2>Your design beside the reference</h2>
            <div className="compare-grid" data-testid={TID.compare}>
              <figure>
                <figcaption>Yours</figcaption>
                {preview.svg ? <DiagramViewer svg={preview.svg} label="Your diagram" /> : <p className="muted">Your diagram has not been drawn yet.</p>}
              </figure>
              <figure>
                <figcaption>Reference</figcaption>
                {referenceSvg && <DiagramViewer svg={referenceSvg} label="Reference diagram" />}
              </figure>
            </div>
            {comparison && (
              <div className="compare-lists">
                {comparison.missingComponents.length + comparison.missingFlows.length > 0 ? (
                  <ul className="compare-missing" data-testid={TID.compareMissing} aria-label="In the reference, not in yours">
                    {comparison.missingComponents.map((m) => (
                      <li key={`c-${m.kind}`}>
                        <mark>Missing {kindName(m.kind)}</mark> — the reference has {m.reference}
                      </li>
                    ))}
                    {comparison.missingFlows.map((f) => (
                      <li key={`f-${f.from}-${f.to}`}>
                        <mark>
                          Missing flow: {kindName(f.from)} → {kindName(f.to)}
                        </mark>{' '}
                        — the reference draws {f.reference}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p data-testid={TID.compareMissing}>Your diagram has every kind of component and flow the reference has.</p>
                )}
                {comparison.extras.length > 0 && (
                  <p className="muted" data-testid={TID.compareExtra}>
                    You also drew: {comparison.extras.map((x) => `${kindName(x.kind)} (${x.user})`).join('; ')}. The reference has none; that may well be a good choice — say why in your notes.
                  </p>
                )}
              </div>
            )}
            <div className="reference-notes">
              <Markdown source={prompt.referenceNotes} />
            </div>
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
