function page(items: { id: string; createdAt: number }[], limit: number, cursor: string | null): { items: { id: string; createdAt: number }[]; nextCursor: string | null } {
  // Your code here
  return null as any;
}
