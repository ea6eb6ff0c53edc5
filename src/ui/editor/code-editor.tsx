import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import { EDITOR_THEME, monaco } from './monaco-setup';
import { TID } from '../common/test-ids';
import { hotLevel, type EditorHighlight } from './hot-lines';

export type { EditorHighlight } from './hot-lines';
import { isMac } from '../common/shortcut-sheet';
import { getEditorSettings, monacoOptionsFor, updateEditorSettings, useEditorSettings } from './editor-settings';

export type EditorLanguage = 'javascript' | 'typescript' | 'python' | 'mermaid';

/** What the editor explains on hover and completion for the problem's function. */
export type FunctionHelp = {
  name: string;
  params: { name: string; type: string; description: string }[];
  returns: { type: string; description: string };
};

export type EditorMarker = { line: number; column?: number; message: string };


/** Where the plain text area left off, for Monaco to carry on from (see lazy-code-editor.tsx). */
export type Handover = { offset: number; focused: boolean };

export type CodeEditorHandle = {
  /** Replaces the whole text as one undoable edit (Ctrl+Z brings the old text back). */
  replaceAll(text: string): void;
  focus(): void;
  getValue(): string;
};

type Props = {
  /** One model per problem and language, so undo history never mixes problems. */
  modelPath: string;
  initialValue: string;
  language: EditorLanguage;
  onChange(value: string): void;
  onRun?(): void;
  onSubmit?(): void;
  functionHelp?: FunctionHelp;
  markers?: EditorMarker[];
  /** Lines that do the measured work (complexity review). */
  highlights?: EditorHighlight[];
  dark: boolean;
  ariaLabel: string;
  handover?: Handover;
};

/** Monaco's contexts in which Esc already means something (closing a widget, leaving a snippet). */
const ESC_IS_TAKEN = ['suggestWidgetVisible', 'findWidgetVisible', 'parameterHintsVisible', 'inSnippetMode', 'markersNavigationVisible', 'renameInputVisible', 'hasMultipleSelections', 'inReferenceSearchEditor'];
const ESC_WHEN = ESC_IS_TAKEN.map((k) => `!${k}`).join(' && ');

/** Tab moves focus instead of indenting: for good (Ctrl+M), or for the next Tab only (after Esc). */
type TabMode = 'indent' | 'next-tab-leaves' | 'always-leaves';

const signature = (help: FunctionHelp) => `${help.name}(${help.params.map((p) => `${p.name}: ${p.type}`).join(', ')}): ${help.returns.type}`;
const helpMarkdown = (help: FunctionHelp) =>
  [
    '```ts\n' + signature(help) + '\n```',
    ...help.params.map((p) => `*@param* \`${p.name}\` — ${p.description}`),
    `*@returns* ${help.returns.description}`,
  ].join('\n\n');

/** Above this many lines the editor leaves tokenizing to Monaco's idle time (see keepTokensCurrent). */
const EAGER_TOKENS_MAX_LINES = 3_000;

/**
 * Monaco tokenizes in idle time, and Enter, Tab and a typed `}` follow the language's indentation rules
 * only on a line whose tokens are current; otherwise Enter just keeps the line's indentation. On a
 * busy machine idle time comes late, so Enter after `for x in items:` would not indent. A solution is
 * a few dozen lines: tokenizing up to the cursor before each keystroke costs well under a millisecond.
 * (`tokenization` is Monaco's internal model part; optional chaining keeps a future rename harmless.)
 */
function keepTokensCurrent(model: monaco.editor.ITextModel, line: number) {
  if (model.getLineCount() > EAGER_TOKENS_MAX_LINES) return;
  const tokens = (model as unknown as { tokenization?: { forceTokenization?(line: number): void } }).tokenization;
  tokens?.forceTokenization?.(Math.min(Math.max(1, line), model.getLineCount()));
}

/** A thin React wrapper around one Monaco editor. */
const CodeEditor = forwardRef<CodeEditorHandle, Props>(function CodeEditor(props, ref) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const settings = useEditorSettings();
  const [tabMode, setTabMode] = useState<TabMode>('indent');
  const tabModeRef = useRef<TabMode>('indent');
  // The first time the editor is focused it says how to leave it; the hint stays until dismissed or used.
  const [hintOpen, setHintOpen] = useState(false);

  useImperativeHandle(ref, () => ({
    replaceAll(text: string) {
      const editor = editorRef.current;
      const model = editor?.getModel();
      if (!editor || !model) return;
      editor.pushUndoStop();
      editor.executeEdits('reset', [{ range: model.getFullModelRange(), text }]);
      editor.pushUndoStop();
    },
    focus: () => editorRef.current?.focus(),
    getValue: () => editorRef.current?.getValue() ?? '',
  }));

  // Create the editor once per model path; the model keeps its own undo history. In the commit itself (a
  // layout effect), so the plain text area's removal and Monaco taking focus happen in one task: a key
  // pressed between them would go to the page and be lost.
  useLayoutEffect(() => {
    const uri = monaco.Uri.parse(`file:///${latest.current.modelPath}`);
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(latest.current.initialValue, latest.current.language, uri);
    if (model.getLanguageId() !== latest.current.language) monaco.editor.setModelLanguage(model, latest.current.language);
    // The text typed in the plain text area while Monaco loaded wins over a model kept from before.
    if (model.getValue() !== latest.current.initialValue) model.setValue(latest.current.initialValue);
    const prefs = monacoOptionsFor(getEditorSettings());
    const editor = monaco.editor.create(host.current!, {
      model,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fixedOverflowWidgets: true,
      ariaLabel: latest.current.ariaLabel,
      theme: latest.current.dark ? EDITOR_THEME.dark : EDITOR_THEME.light,
      ...prefs,
      wordWrap: latest.current.language === 'mermaid' ? 'on' : prefs.wordWrap,
      // A suggestion that pops up while the user types must not eat the Enter that ends the line (on a busy
      // machine it appears late, between keys). Monaco's 'smart' mode (take it only when it changes the text)
      // still took such an Enter, for a word already typed in full, in about half the runs of
      // typing-under-load.spec, and the line break was lost: Enter always starts a new line; Tab takes a suggestion.
      acceptSuggestionOnEnter: 'off' as const,
      // Python blocks are indented by 4 spaces by convention.
      tabSize: latest.current.language === 'python' ? 4 : prefs.tabSize,
      insertSpaces: true,
      // "Paste as…" makes every paste wait for the clipboard's other formats, and drops the paste when a key
      // comes first (a busy machine, a slow clipboard): paste what the paste event carries, at once.
      pasteAs: { enabled: false },
    });
    editorRef.current = editor;
    const handover = latest.current.handover;
    if (handover) {
      editor.setPosition(model.getPositionAt(handover.offset));
      editor.revealPositionInCenterIfOutsideViewport(model.getPositionAt(handover.offset));
      if (handover.focused) editor.focus();
    }
    const setMode = (mode: TabMode) => {
      tabModeRef.current = mode;
      setTabMode(mode);
      editor.updateOptions({ tabFocusMode: mode !== 'indent' });
      if (mode !== 'indent' && !getEditorSettings().tabHintSeen) updateEditorSettings({ tabHintSeen: true });
    };
    // Esc: the next Tab leaves the editor. Ctrl+M (Ctrl+Shift+M on a Mac, as in VS Code): Tab always leaves, until pressed again.
    editor.addCommand(monaco.KeyCode.Escape, () => setMode('next-tab-leaves'), ESC_WHEN);
    const toggle = () => setMode(tabModeRef.current === 'always-leaves' ? 'indent' : 'always-leaves');
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyM, toggle);
    editor.addCommand(monaco.KeyMod.WinCtrl | monaco.KeyMod.Shift | monaco.KeyCode.KeyM, toggle);
    const keys = editor.onKeyDown((e) => {
      keepTokensCurrent(model, editor.getPosition()?.lineNumber ?? 1);
      // After Esc, any key but Tab (or a modifier on its own) goes back to indenting.
      if (tabModeRef.current !== 'next-tab-leaves') return;
      if (e.keyCode === monaco.KeyCode.Tab || e.keyCode === monaco.KeyCode.Shift || e.keyCode === monaco.KeyCode.Escape) return;
      setMode('indent');
    });
    const focus = editor.onDidFocusEditorText(() => {
      if (!getEditorSettings().tabHintSeen) setHintOpen(true);
    });
    const blur = editor.onDidBlurEditorText(() => {
      if (tabModeRef.current === 'next-tab-leaves') setMode('indent');
    });
    const changes = model.onDidChangeContent(() => {
      // Text that arrives without a key press (an input method, dictation) gets current tokens too.
      keepTokensCurrent(model, editor.getPosition()?.lineNumber ?? 1);
      latest.current.onChange(model.getValue());
    });
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => latest.current.onRun?.());
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter, () => latest.current.onSubmit?.());
    host.current?.setAttribute('data-ready', 'true');
    return () => {
      changes.dispose();
      keys.dispose();
      focus.dispose();
      blur.dispose();
      editor.dispose();
      editorRef.current = null;
    };
  }, [props.modelPath]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model && model.getLanguageId() !== props.language) monaco.editor.setModelLanguage(model, props.language);
  }, [props.language]);

  useEffect(() => {
    monaco.editor.setTheme(props.dark ? EDITOR_THEME.dark : EDITOR_THEME.light);
  }, [props.dark]);

  useEffect(() => {
    const prefs = monacoOptionsFor(settings);
    editorRef.current?.updateOptions({ ...prefs, wordWrap: props.language === 'mermaid' ? 'on' : prefs.wordWrap, tabSize: props.language === 'python' ? 4 : prefs.tabSize });
  }, [settings, props.language]);

  // Hover and completion for the problem's function, from the problem file.
  useEffect(() => {
    const help = props.functionHelp;
    if (!help || props.language === 'mermaid') return;
    const hover = monaco.languages.registerHoverProvider(props.language, {
      provideHover: (model, position) => {
        const word = model.getWordAtPosition(position);
        if (!word) return null;
        const param = help.params.find((p) => p.name === word.word);
        if (word.word !== help.name && !param) return null;
        const contents = param ? [{ value: `\`${param.name}: ${param.type}\`\n\n${param.description}` }] : [{ value: helpMarkdown(help) }];
        return { contents, range: new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn) };
      },
    });
    const completion = monaco.languages.registerCompletionItemProvider(props.language, {
      provideCompletionItems: (model, position) => {
        const word = model.getWordUntilPosition(position);
        const range = { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: word.startColumn, endColumn: word.endColumn };
        return {
          suggestions: [
            { label: help.name, kind: monaco.languages.CompletionItemKind.Function, insertText: help.name, detail: signature(help), documentation: { value: helpMarkdown(help) }, range },
            ...help.params.map((p) => ({ label: p.name, kind: monaco.languages.CompletionItemKind.Variable, insertText: p.name, detail: p.type, documentation: p.description, range })),
          ],
        };
      },
    });
    return () => {
      hover.dispose();
      completion.dispose();
    };
  }, [props.functionHelp, props.language]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      'techscreen',
      (props.markers ?? []).map((m) => {
        const line = Math.min(Math.max(1, m.line), model.getLineCount());
        return {
          severity: monaco.MarkerSeverity.Error,
          message: m.message,
          startLineNumber: line,
          startColumn: m.column ?? 1,
          endLineNumber: line,
          endColumn: m.column ? m.column + 1 : model.getLineMaxColumn(line),
        };
      }),
    );
  }, [props.markers]);

  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    decorations.current?.clear();
    decorations.current = editor.createDecorationsCollection(
      (props.highlights ?? [])
        .filter((h) => h.line >= 1 && h.line <= model.getLineCount())
        .map((h) => ({
          range: new monaco.Range(h.line, 1, h.line, 1),
          options: { isWholeLine: true, className: `hot-line-${hotLevel(h.share)}`, linesDecorationsClassName: `hot-margin-${hotLevel(h.share)}`, hoverMessage: { value: h.text } },
        })),
    );
  }, [props.highlights, props.modelPath]);

  const showHint = (hintOpen && !settings.tabHintSeen) || tabMode !== 'indent';
  const toggleKeys = isMac() ? 'Ctrl+Shift+M' : 'Ctrl+M';
  return (
    <>
      {showHint && (
        <div className="editor-hint" role="status" data-testid="editor-tab-hint" data-mode={tabMode}>
          <span>
            {tabMode === 'indent' && (
              <>
                Tab indents here. To leave the editor press <kbd>Esc</kbd> then <kbd>Tab</kbd>; <kbd>{toggleKeys}</kbd> makes Tab always move focus.
              </>
            )}
            {tabMode === 'next-tab-leaves' && (
              <>
                The next <kbd>Tab</kbd> leaves the editor (<kbd>Shift+Tab</kbd> goes back). Keep typing to stay.
              </>
            )}
            {tabMode === 'always-leaves' && (
              <>
                Tab moves focus out of the editor. Press <kbd>{toggleKeys}</kbd> again to indent with Tab.
              </>
            )}
          </span>
          {!settings.tabHintSeen && tabMode === 'indent' && (
            // Pointer-down keeps the editor focused, so the hint can be dismissed without losing the cursor.
            <button type="button" className="link-button" onPointerDown={(e) => e.preventDefault()} onClick={() => updateEditorSettings({ tabHintSeen: true })}>
              Got it
            </button>
          )}
        </div>
      )}
      <div ref={host} className="code-editor" data-testid={props.language === 'mermaid' ? TID.diagramEditor : TID.editor} />
    </>
  );
});

export default CodeEditor;
