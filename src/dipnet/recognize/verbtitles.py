"""A bare title that is also a verb (代表 = to act for someone): 代表 + a name + a verb (代表某某出席, 代表某某
吊唁) and a name + 代表 + a land or body (某某代表老挝…) say on whose behalf someone acts and state no post.
A qualified one (驻某国代表, 领袖代表某某,) and a name closed by punctuation stay roles: link's _roles asks."""

from __future__ import annotations

from dipnet.recognize.kbviews import read_words
from dipnet.recognize.lexicon import name_rules

_GLOSS_OPEN = "(（"
_GLOSS_CLOSE = ")）"


def _verb_titles() -> tuple[str, ...]:  # (the rules' words as a dict made once, not once a role)
    return tuple(read_words(name_rules()).get("verb_titles", ()))


def _after_gloss(text: str, at: int) -> int:
    """The first position after a parenthesised gloss right at `at` (某某(Donald Trump)出席): the gloss is
    the name's spelling, the verb follows it."""
    if at < len(text) and text[at] in _GLOSS_OPEN:
        close = min((i for i in (text.find(c, at) for c in _GLOSS_CLOSE) if i > 0), default=-1)
        return close + 1 if close > 0 else at
    return at


def acts_for(text: str, title: tuple[int, int], name: tuple[int, int], mention_starts: set[int]) -> bool:
    """True when the bare verb-title at `title` says the person named at `name` acts for someone (or someone
    acts for them), so it is no role: before the name, a Han verb follows the name; after the name, a named
    land, body or person follows the title."""
    s, e = title
    if text[s:e] not in _verb_titles():
        return False
    if e <= name[0]:
        at = _after_gloss(text, name[1])
        return at < len(text) and "\u4e00" <= text[at] <= "\u9fff"
    return e in mention_starts
