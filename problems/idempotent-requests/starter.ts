function handle(reqs: { key: string | null; body: string; t: number }[], ttlSec: number): { status: "created" | "replayed" | "conflict"; orderId: string | null }[] {
  // Your code here
  return null as any;
}
