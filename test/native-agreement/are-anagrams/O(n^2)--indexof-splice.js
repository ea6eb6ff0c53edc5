// Cross each letter off a copy of the other text: indexOf + splice per letter.
function areAnagrams(a, b) {
  const rest = [...b.toLowerCase()].filter((c) => c.trim());
  for (const c of a.toLowerCase()) {
    if (!c.trim()) continue;
    const at = rest.indexOf(c);
    if (at === -1) return false;
    rest.splice(at, 1);
  }
  return rest.length === 0;
}
