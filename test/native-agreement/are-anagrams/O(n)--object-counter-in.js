// Style seen in many repositories: a plain-object tally, then a for…in check that every count is 0.
var areAnagrams = function (a, b) {
  var count = {};
  for (var c of a.toLowerCase()) if (c.trim()) count[c] = (count[c] || 0) + 1;
  for (var d of b.toLowerCase()) if (d.trim()) count[d] = (count[d] || 0) - 1;
  for (var k in count) if (count[k] !== 0) return false;
  return true;
};
