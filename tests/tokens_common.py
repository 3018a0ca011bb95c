"""Helpers shared by the tokenizer and dictionary tests."""


def split_inside(tokens, start, end):
    """Whether a token boundary falls strictly inside the span [start, end)."""
    pos = 0
    for t in tokens:
        pos += len(t)
        if start < pos < end:
            return True
    return False
