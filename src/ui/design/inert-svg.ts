/**
 * Defence in depth after Mermaid renders: even if a link or handler slipped past the text filter
 * (src/review/diagram-safety.ts), the SVG that reaches the page, the exports and the clipboard
 * cannot navigate or run anything.
 */
export function inertSvg(svg: string): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (doc.querySelector('parsererror')) return '';
  for (const a of [...doc.querySelectorAll('a')]) a.replaceWith(...a.childNodes);
  for (const el of [...doc.querySelectorAll('script, iframe, object, embed')]) el.remove();
  for (const el of [...doc.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim().toLowerCase();
      if (name.startsWith('on')) el.removeAttribute(attr.name);
      else if ((name === 'href' || name === 'xlink:href' || name === 'src') && !value.startsWith('#') && !value.startsWith('data:image/')) el.removeAttribute(attr.name);
      else if (name === 'style' && /url\s*\(\s*['"]?(?!#)/.test(value)) el.removeAttribute(attr.name);
    }
  }
  // Remote fetches from style sheets (an @import or url() that is not a local reference).
  for (const style of [...doc.querySelectorAll('style')]) {
    style.textContent = (style.textContent ?? '').replace(/@import[^;]*;?/gi, '').replace(/url\(\s*['"]?(?!#|data:)[^)]*\)/gi, 'none');
  }
  return new XMLSerializer().serializeToString(doc.documentElement);
}
