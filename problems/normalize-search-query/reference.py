def normalize_query(q):
    return " ".join(q.split()).lower()
