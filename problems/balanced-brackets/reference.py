def is_balanced(s):
    opener = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in opener:
            if not stack or stack.pop() != opener[ch]:
                return False
    return not stack
