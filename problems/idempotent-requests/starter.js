/**
 * @param {{ key: string | null; body: string; t: number }[]} reqs
 * @param {number} ttlSec
 * @returns {{ status: "created" | "replayed" | "conflict"; orderId: string | null }[]}
 */
function handle(reqs, ttlSec) {
  // Your code here
}
