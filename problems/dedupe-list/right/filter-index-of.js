// Correct (O(n²)): keeps an item when its first index is where it stands.
const dedupe = (items) => items.filter((item, i) => items.indexOf(item) === i);
