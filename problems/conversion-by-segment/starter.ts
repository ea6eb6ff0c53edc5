function conversionBySegment(sessions: { id: string; segment: string | null; converted: boolean }[]): Record<string, { sessions: number; conversions: number; rate: number }> {
  // Your code here
  return null as any;
}
