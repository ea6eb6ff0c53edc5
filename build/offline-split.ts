import type { Plugin } from 'vite';
import type { OutputBundle } from 'rolldown';

/**
 * Splits the build in two for the service worker: what the first screens need (precached before the
 * app says it works offline) and the rest, cached in the background right after (see
 * src/ui/common/offline-later.ts).
 *
 * The rest is what only a rarer path loads: Mermaid's diagram types other than the four the design
 * review reads (flowchart, sequence, C4, architecture) with their parsers and maths (KaTeX). Everything the
 * entry reaches by static import, and every dynamic import outside that list (problem pages, Monaco,
 * the sandbox and its wasm, problem files, Mermaid's core) is precached.
 */

/**
 * Mermaid chunks the first screens need: its core, the four diagram types the review reads, and its
 * layouts (a flowchart render loads ELK's too).
 */
const CORE_MERMAID = /\/mermaid\/dist\/.*(mermaid\.core|flowDiagram|sequenceDiagram|c4Diagram|architectureDiagram|dagre|elk|cose-bilkent)[^/]*$/;
/** A dynamic import into one of these starts a "later" part. */
const LATER_ROOT = /\/node_modules\/(mermaid|@mermaid-js|katex)\//;

export const LATER_LIST_FILE = 'offline-later.json';

export type OfflineSplit = { plugin: Plugin; isLater(url: string): boolean };

export function offlineSplit(): OfflineSplit {
  const later = new Set<string>();
  const plugin: Plugin = {
    name: 'techscreen:offline-split',
    apply: 'build',
    generateBundle(_options, bundle: OutputBundle) {
      later.clear();
      const chunks = Object.values(bundle).flatMap((f) => (f.type === 'chunk' ? [f] : []));
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const isLaterRoot = (file: string) => {
        const facade = byFile.get(file)?.facadeModuleId ?? '';
        return LATER_ROOT.test(facade) && !CORE_MERMAID.test(facade);
      };
      const core = new Set<string>();
      const visit = (file: string) => {
        if (core.has(file) || !byFile.has(file)) return;
        core.add(file);
        const chunk = byFile.get(file)!;
        chunk.imports.forEach(visit);
        chunk.dynamicImports.filter((d) => !isLaterRoot(d)).forEach(visit);
      };
      chunks.filter((c) => c.isEntry).forEach((c) => visit(c.fileName));
      for (const c of chunks) if (!core.has(c.fileName)) later.add(c.fileName);
      this.emitFile({ type: 'asset', fileName: LATER_LIST_FILE, source: JSON.stringify([...later].sort()) });
    },
  };
  return { plugin, isLater: (url) => later.has(url.replace(/^\.?\//, '')) };
}
