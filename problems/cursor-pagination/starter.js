/**
 * @param {{ id: string; createdAt: number }[]} items
 * @param {number} limit
 * @param {string | null} cursor
 * @returns {{ items: { id: string; createdAt: number }[]; nextCursor: string | null }}
 */
function page(items, limit, cursor) {
  // Your code here
}
