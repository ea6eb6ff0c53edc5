// A "seen" object keyed by type and value, the usual pre-Set idiom.
function dedupe(items) {
  var seen = {}, out = [];
  for (var i = 0; i < items.length; i++) {
    var key = typeof items[i] + ':' + items[i];
    if (seen[key] !== true) { seen[key] = true; out.push(items[i]); }
  }
  return out;
}
