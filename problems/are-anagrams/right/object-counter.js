// Correct: one counter object, +1 for the first text and −1 for the second, via for…of.
function areAnagrams(a, b) {
  var count = {};
  for (var ch of a.toLowerCase()) if (ch.trim() !== '') count[ch] = (count[ch] || 0) + 1;
  for (var ch2 of b.toLowerCase()) if (ch2.trim() !== '') count[ch2] = (count[ch2] || 0) - 1;
  return Object.keys(count).every(function (k) { return count[k] === 0; });
}
