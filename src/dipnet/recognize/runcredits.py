"""Names written one after another with no space after a credit's label (记者丨张某某李某王某某, the
credit block of a TV outlet's page): the run is parted into names of two or three characters, each
opening with a surname; where it parts in more than one way, the names of three characters come first
(most names have three)."""

from __future__ import annotations

from dipnet.recognize.lexicon import NameRules
from dipnet.recognize.namereads import is_han, surname_led
from dipnet.recognize.scan import found_words

# a run longer than this is no credit
_LONGEST_RUN = 24


def run_names(text: str, i: int, rules: NameRules) -> list[tuple[int, int]] | None:
    """The names of a run of one or more glued names starting at text[i] that closes its line, or None."""
    j = i
    while j < len(text) and is_han(text[j]):
        j += 1
    if not 2 <= j - i <= _LONGEST_RUN or text[j:].lstrip(" \u3000")[:1] not in ("", "\n"):
        return None
    # most such names have three characters: a name of three is tried first, then one of two
    failed: set[int] = set()

    def parts(s: int) -> list[tuple[int, int]] | None:
        if s == j:
            return []
        if s in failed:
            return None
        for size in (3, 2):
            k = s + size
            if k <= j and surname_led(text[s:k], rules) and not any(rules.stop_at(text, x) for x in range(s, k)):
                rest = parts(k)
                if rest is not None:
                    return [(s, k), *rest]
        failed.add(s)
        return None
    return parts(i)


def credit_run_names(text: str, rules: NameRules) -> list[tuple[int, int]]:
    """Spans of the names of every run after a credit's label with a bar (监制丨某某); a label with a
    colon is read by the credit rule in `people`."""
    out: list[tuple[int, int]] = []
    for w, at in found_words(text, rules.credit_bar_labels):
        for k in at:
            out += run_names(text, k + len(w), rules) or []
    return out
