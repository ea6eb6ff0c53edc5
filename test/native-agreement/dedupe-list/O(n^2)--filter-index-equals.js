// Keep an item only where its first index is its own index.
const dedupe = (items) => items.filter((item, index) => items.indexOf(item) === index);
