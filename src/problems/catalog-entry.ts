/**
 * What the catalog shows of one problem, read from its problem.json text. Pure, with no imports: the
 * build reads every problem.json with it (vite.config.ts, `?catalog-entry`), so the first screen
 * carries these few fields instead of every problem's whole metadata and the parser behind it.
 */

export const CATALOG_FIELDS = ['id', 'kind', 'title', 'skill', 'difficulty', 'summary'] as const;

/** The catalog fields of a problem.json, or why its text is not JSON. */
export type CatalogFields = { fields: Partial<Record<(typeof CATALOG_FIELDS)[number], unknown>> } | { invalidJson: string };

/** Keeps only the catalog's fields of a problem.json text (the rest loads when the problem opens). */
export function catalogFieldsOf(text: string): CatalogFields {
  try {
    const meta = JSON.parse(text) as Record<string, unknown>;
    const fields: Partial<Record<(typeof CATALOG_FIELDS)[number], unknown>> = {};
    for (const key of CATALOG_FIELDS) if (meta && typeof meta === 'object' && key in meta) fields[key] = meta[key];
    return { fields };
  } catch (e) {
    return { invalidJson: (e as Error).message };
  }
}
