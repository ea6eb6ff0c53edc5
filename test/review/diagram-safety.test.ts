// @vitest-environment jsdom
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDiagramSafe, describeSafetyChanges } from '../../src/review/diagram-safety';
import { readDiagram, type MermaidLike } from '../../src/review/diagram-model';

const m = mermaid as unknown as MermaidLike;
beforeAll(() => mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));

const hostile = {
  click: 'flowchart LR\n  A[Home] --> B\n  click A "https://evil.example/steal" _top\n  click B callback "Tooltip"\n  click B href "javascript:alert(1)"',
  classLinks: 'classDiagram\n  class Order\n  link Order "https://evil.example"\n  callback Order "steal"',
  sequenceLinks: 'sequenceDiagram\n  participant A\n  link A: Dashboard @ https://evil.example\n  links A: {"Repo": "https://evil.example"}\n  A->>A: hi',
  init: '%%{init: {"htmlLabels": true, "theme": "dark", "themeCSS": "@import url(https://evil.example/x.css);"}}%%\nflowchart LR\n  A --> B',
  multiLineInit: '%%{\n  init: {\n    "securityLevel": "loose",\n    "theme": "forest"\n  }\n}%%\nflowchart LR\n  A --> B',
  frontMatter: '---\ntitle: Orders\nconfig:\n  securityLevel: loose\n  theme: neutral\n  themeCSS: "body{background:url(https://evil.example)}"\n---\nflowchart LR\n  A --> B',
  c4Link: 'C4Context\n  Person(a, "Admin", $link="https://evil.example")\n  System(b, "Shop", $sprite="x")\n  Rel(a, b, "uses", $link="https://evil.example")',
  styleUrl: 'flowchart LR\n  A --> B\n  style A fill:url(https://evil.example/p.png)\n  classDef x background-image:url(https://evil.example)\n  linkStyle 0 stroke:red',
  bidi: 'flowchart LR\n  A["admin\u202Enigol\u202C"] --> B["pay\u200Bment"]',
  scriptLabel: 'flowchart LR\n  A["<script>alert(1)</script><img src=x onerror=alert(1)>"] --> B["<a href=\'https://evil.example\'>x</a>"]',
};

describe('makeDiagramSafe: hostile diagrams are inert', () => {
  it('removes click, href and callback lines of flowcharts, class and sequence diagrams', () => {
    for (const text of [hostile.click, hostile.classLinks, hostile.sequenceLinks]) {
      const safe = makeDiagramSafe(text);
      expect(safe.text).not.toMatch(/evil|javascript:|callback|^\s*click|^\s*links?\b/m);
      expect(safe.removed.length).toBeGreaterThan(0);
      expect(safe.text.split('\n')).toHaveLength(text.split('\n').length);
    }
  });

  it('keeps only a whitelisted theme from init directives and front matter', () => {
    expect(makeDiagramSafe(hostile.init).text).toBe('%%{init: {"theme": "dark"}}%%\nflowchart LR\n  A --> B');
    const multi = makeDiagramSafe(hostile.multiLineInit).text;
    expect(multi).not.toMatch(/securityLevel|loose/);
    expect(multi).toContain('"theme": "forest"');
    const fm = makeDiagramSafe(hostile.frontMatter);
    expect(fm.text).not.toMatch(/securityLevel|themeCSS|evil/);
    expect(fm.text).toContain('title: Orders');
    expect(fm.text).toContain('"theme": "neutral"');
    expect(makeDiagramSafe('%%{init: {"theme": "https://evil"}}%%\nflowchart LR\n  A').text).not.toContain('theme');
  });

  it('drops C4 $link and $sprite arguments and styles that load a URL', () => {
    expect(makeDiagramSafe(hostile.c4Link).text).not.toMatch(/\$link|\$sprite|evil/);
    const style = makeDiagramSafe(hostile.styleUrl).text;
    expect(style).not.toContain('evil');
    expect(style).toContain('linkStyle 0 stroke:red');
  });

  it('shows bidi and zero-width characters visibly', () => {
    const safe = makeDiagramSafe(hostile.bidi);
    expect(safe.text).toContain('admin⟦U+202E⟧nigol⟦U+202C⟧');
    expect(safe.text).toContain('pay⟦U+200B⟧ment');
    expect(describeSafetyChanges(safe)).toContain('bidi or invisible control characters on line 2');
  });

  it('the safe text still parses, and the checker reads the same diagram the preview draws', async () => {
    for (const [name, text] of Object.entries(hostile)) {
      const result = await readDiagram(m, makeDiagramSafe(text).text);
      expect(result.ok, `${name}: ${result.ok ? '' : result.message}`).toBe(true);
    }
  });

  it('is quick and never throws on huge or deeply nested input', () => {
    const nested = `flowchart LR\n${'subgraph s\n'.repeat(500)}a --> b\n${'end\n'.repeat(500)}`;
    const huge = `flowchart LR\n${Array.from({ length: 5000 }, (_, i) => `  n${i}["${'x'.repeat(50)} %%{init:{}}%%"] --> n${i + 1}`).join('\n')}`;
    const unclosed = `%%{init: ${'{'.repeat(10_000)}\nflowchart LR\n  a --> b`;
    for (const text of [nested, huge, unclosed]) {
      const safe = makeDiagramSafe(text);
      expect(safe.text.split('\n').length).toBe(text.split('\n').length);
      expect(safe.text).not.toContain('%%{');
    }
  });
});
