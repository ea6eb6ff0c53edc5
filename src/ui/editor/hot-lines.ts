/**
 * Hot-line tints shared by the editor and the complexity panel's legend. Kept out of code-editor.tsx
 * so the panel can use them without pulling Monaco into the first chunk of a problem page.
 */

/** A line to tint by how much of the measured work it does (0…1), with a hover text. */
export type EditorHighlight = { line: number; share: number; text: string };

/** Tint level of a hot line: shared with the legend in the complexity panel. */
export const hotLevel = (share: number) => (share >= 0.5 ? 'high' : share >= 0.2 ? 'mid' : 'low');
