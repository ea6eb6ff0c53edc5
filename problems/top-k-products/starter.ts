function topK(skus: string[], k: number): string[] {
  // Your code here
  return null as any;
}
