function processEvents(events: { eventId: string; orderId: string; seq: number; status: string }[], transitions: Record<string, string[]>): { statuses: Record<string, string>; deadLetter: string[] } {
  // Your code here
  return null as any;
}
