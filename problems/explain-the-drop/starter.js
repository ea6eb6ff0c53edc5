/**
 * @param {{ segment: string; sessions: number; orders: number }[]} before
 * @param {{ segment: string; sessions: number; orders: number }[]} after
 * @returns {{ segment: string; contribution: number; rateEffect: number; mixEffect: number } | null}
 */
function explainDrop(before, after) {
  // Your code here
}
