// Mistake: removes only spaces, tabs and \n, so the \r of a Windows line ending counts as a character.
function areAnagrams(a, b) {
  const clean = (s) => [...s.toLowerCase().replace(/[ \t\n]/g, '')].sort().join('');
  return clean(a) === clean(b);
}
