/** A JSON value as compact code, shortened when it is long (the full value is in the title). */
export function JsonView({ value, max = 400 }: { value: unknown; max?: number }) {
  const text = JSON.stringify(value) ?? 'undefined';
  const short = text.length > max ? `${text.slice(0, max)}… (${text.length.toLocaleString()} characters)` : text;
  return (
    <code className="json" title={text.length > max ? text.slice(0, 5000) : undefined}>
      {short}
    </code>
  );
}
