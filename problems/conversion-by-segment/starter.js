/**
 * @param {{ id: string; segment: string | null; converted: boolean }[]} sessions
 * @returns {Record<string, { sessions: number; conversions: number; rate: number }>}
 */
function conversionBySegment(sessions) {
  // Your code here
}
