/**
 * @param {{ eventId: string; orderId: string; seq: number; status: string }[]} events
 * @param {Record<string, string[]>} transitions
 * @returns {{ statuses: Record<string, string>; deadLetter: string[] }}
 */
function processEvents(events, transitions) {
  // Your code here
}
