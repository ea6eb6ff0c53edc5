/**
 * @param {{ arm: "control" | "treatment"; converted: boolean; latencyMs: number }[]} users
 * @param {{ maxP95IncreasePct: number; srmTolerance: number }} guard
 * @returns {{ lift: number | null; z: number; significant: boolean; p95: { control: number | null; treatment: number | null }; srm: boolean; guardrailOk: boolean; decision: "ship" | "no-ship" | "keep-testing" | "invalid" }}
 */
function abReadout(users, guard) {
  // Your code here
}
