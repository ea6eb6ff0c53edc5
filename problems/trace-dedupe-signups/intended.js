// One person per email address, whatever its case or surrounding spaces.
function dedupeSignups(signups) {
  const seen = new Set();
  const kept = [];
  for (const s of signups) {
    const email = s.email.trim().toLowerCase();
    if (seen.has(email)) continue;
    seen.add(email);
    kept.push(s.name);
  }
  return kept;
}
