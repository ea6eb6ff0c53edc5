// Wrong, but measurable: it never looks at the characters.
function areAnagrams(a, b) { return a.length === b.length; }
