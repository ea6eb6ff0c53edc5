function abReadout(users: { arm: "control" | "treatment"; converted: boolean; latencyMs: number }[], guard: { maxP95IncreasePct: number; srmTolerance: number }): { lift: number | null; z: number; significant: boolean; p95: { control: number | null; treatment: number | null }; srm: boolean; guardrailOk: boolean; decision: "ship" | "no-ship" | "keep-testing" | "invalid" } {
  // Your code here
  return null as any;
}
