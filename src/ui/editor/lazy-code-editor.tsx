import { forwardRef, lazy, Suspense, useEffect, useImperativeHandle, useRef, useState, type ComponentProps } from 'react';
import type { CodeEditorHandle, Handover } from './code-editor';
import { useEditorSettings } from './editor-settings';
import { TID } from '../common/test-ids';

const CodeEditor = lazy(() => import('./code-editor'));

type Props = Omit<ComponentProps<typeof CodeEditor>, 'handover' | 'ref'>;

/**
 * The code editor, typeable at once: a plain text area stands in while Monaco (a few MB) loads,
 * then hands over its text, cursor and focus, so nothing typed in the meantime is lost.
 */
export const LazyCodeEditor = forwardRef<CodeEditorHandle, Props>(function LazyCodeEditor(props, ref) {
  const monacoRef = useRef<CodeEditorHandle>(null);
  const plainRef = useRef<HTMLTextAreaElement>(null);
  const handover = useRef<Handover>({ offset: 0, focused: false });
  const [plainText, setPlainText] = useState(props.initialValue);
  const settings = useEditorSettings();
  // The handover happens once: a later editor (another language's model) starts at the top, unfocused.
  const handedOver = useRef(false);
  useEffect(() => {
    if (monacoRef.current) handedOver.current = true;
  });

  const setPlain = (text: string) => {
    setPlainText(text);
    props.onChange(text);
  };
  // Until Monaco is there, the handle works on the text area (Reset, Undo, Run read and write it).
  useImperativeHandle(ref, () => ({
    replaceAll: (text) => (monacoRef.current ? monacoRef.current.replaceAll(text) : setPlain(text)),
    focus: () => (monacoRef.current ? monacoRef.current.focus() : plainRef.current?.focus()),
    getValue: () => (monacoRef.current ? monacoRef.current.getValue() : (plainRef.current?.value ?? plainText)),
  }));

  const record = () => {
    const el = plainRef.current;
    if (el) handover.current = { offset: el.selectionStart, focused: document.activeElement === el };
  };

  const fallback = (
    <textarea
      ref={plainRef}
      className="plain-editor"
      data-testid={TID.plainEditor}
      aria-label={`${props.ariaLabel} (plain text while the full editor loads)`}
      spellCheck={false}
      autoCapitalize="off"
      autoCorrect="off"
      value={plainText}
      style={{ fontSize: settings.fontSize, tabSize: settings.tabSize, whiteSpace: settings.wordWrap ? 'pre-wrap' : 'pre' }}
      onChange={(e) => {
        setPlain(e.target.value);
        record();
      }}
      onSelect={record}
      onFocus={record}
      onBlur={record}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          if (e.shiftKey) props.onSubmit?.();
          else props.onRun?.();
        }
      }}
    />
  );

  return (
    <Suspense fallback={fallback}>
      <CodeEditor ref={monacoRef} {...props} handover={handedOver.current ? undefined : handover.current} />
    </Suspense>
  );
});
