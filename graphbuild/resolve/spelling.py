"""Close misspellings of known people's names: "Tony Abbot" is Tony Abbott, "Vladmir Putin" is not linked.

Conservative on purpose: a name not in the gazetteer links to a gazetteer person only when it has the same
number of words as one of that person's names, every word but one is the same (case aside), and the one that
differs is a typical slip of at least `MIN_LENGTH` letters with the same first letter:
- a doubled letter written once or a single letter doubled (Abbot/Abbott, Phillip/Philip);
- two adjacent letters swapped (Pelosi/Peolsi);
- one letter replaced, in words of at least `MIN_SUBSTITUTION_LENGTH` letters (Erdogan/Erdogam).
Any other insertion or deletion (Johnston/Johnson are two surnames) is no slip, and the link is made only
when exactly one person fits.
"""

from __future__ import annotations

from collections import defaultdict

MIN_LENGTH = 5
MIN_SUBSTITUTION_LENGTH = 7
RULE = "link.close-spelling"


def slip(a: str, b: str) -> bool:
    """Is `b` one typical slip away from `a` (both lower case)?"""
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < MIN_LENGTH:
        return False
    if len(a) != len(b):
        short, long = (a, b) if len(a) < len(b) else (b, a)
        if len(long) - len(short) != 1:
            return False
        i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
        # the extra letter doubles its neighbour, and the rest is the same
        return long[:i] + long[i + 1 :] == short and (long[i] == long[i - 1] or long[i] == long[i + 1 : i + 2])
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) == 2 and diff[1] == diff[0] + 1:
        return a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    return one_replaced(a, b)


def one_replaced(a: str, b: str, min_length: int = MIN_SUBSTITUTION_LENGTH) -> bool:
    """Is `b` `a` with one letter replaced (same length, at least `min_length`, same first letter)? Where context
    vouches for the name (a title and a state before it), a shorter word may be read so ("Jintai" for "Jintao")."""
    if len(a) != len(b) or len(a) < min_length or a[:1] != b[:1]:
        return False
    return sum(x != y for x, y in zip(a, b, strict=True)) == 1


def one_dropped(a: str, b: str, min_length: int = MIN_SUBSTITUTION_LENGTH) -> bool:
    """Is `b` `a` with one letter left out, after the first ("Jaques" for "Jacques"; `a` at least `min_length`)?"""
    if len(a) != len(b) + 1 or len(a) < min_length or a[:1] != b[:1]:
        return False
    return any(a[:i] + a[i + 1 :] == b for i in range(1, len(a)))


class SpellingIndex:
    """The gazetteer's multi-word person names, indexed by length, word position and the other words."""

    def __init__(self, names: list[tuple[str, str]]) -> None:
        self._index: dict[tuple[int, int, tuple[str, ...]], list[tuple[str, str]]] = defaultdict(list)
        for text, actor_id in names:
            words = tuple(text.lower().split())
            if len(words) < 2:
                continue
            for i, word in enumerate(words):
                self._index[(len(words), i, words[:i] + words[i + 1 :])].append((word, actor_id))

    def person(self, name: str) -> str | None:
        """The one person whose name `name` misspells by one slip, if exactly one does."""
        words = tuple(name.lower().split())
        found = set()
        for i, word in enumerate(words):
            for known, actor_id in self._index.get((len(words), i, words[:i] + words[i + 1 :]), ()):
                if slip(known, word):
                    found.add(actor_id)
        return found.pop() if len(found) == 1 else None
