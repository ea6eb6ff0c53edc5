from collections import Counter


def top_k(skus, k):
    counts = Counter(skus)
    ranked = sorted(counts, key=lambda sku: (-counts[sku], sku))
    return ranked[:k]
