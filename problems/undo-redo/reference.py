def apply_edits(ops):
    applied = []  # undo stack, oldest first
    undone = []   # redo stack, most recent undo on top
    for o in ops:
        if o["op"] == "type":
            applied.append(o["text"])
            undone.clear()
        elif o["op"] == "undo":
            if applied:
                undone.append(applied.pop())
        elif o["op"] == "redo":
            if undone:
                applied.append(undone.pop())
    return "".join(applied)
