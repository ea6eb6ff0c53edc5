// Correct but O(n²): removes the other characters, then deletes adjacent pairs until nothing changes.
function isBalanced(s) {
  let t = s.replace(/[^()[\]{}]/g, '');
  let before;
  do {
    before = t;
    t = t.split('()').join('').split('[]').join('').split('{}').join('');
  } while (t !== before);
  return t === '';
}
