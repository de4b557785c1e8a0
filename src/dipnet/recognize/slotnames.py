"""A post's holder named right after it where the sentence leaves room for nothing but a name, whatever
the name's characters (a foreign name written with characters outside the transliteration table):

- the one met, after a verb of meeting, a land or body and its post, up to the clause's end
  (会见 + 某国 + 总理 + 某某某 + ，);
- the partner of talks, after 与/同, a land or body and its post, up to the verb of talking
  (与 + 某国 + 总理 + 某某某某 + 举行会谈);
- the one addressed, after a land or body and its post, up to a form of address (某国国会 + 主席 + 某某某某 + 女士),
  as a rank after the words vouches for a name (people.py).

The post must follow a land or body directly (the partner's description). The words read must hold no
known name, no title, no stop word of two characters or more, nor open with one, and hold one character of the
transliteration table at least (a plain word after a post, 期间, 友好, holds none; the few that do are listed:
slot_plain_words)."""

from __future__ import annotations

from collections.abc import Callable

from dipnet.recognize.lexicon import NameRules, name_rules
from dipnet.recognize.namereads import BODY_ENDS, DELIMS, PARTY_WORDS, PLACE_ENDS, is_han

_W = dict(name_rules().name_read_words)
# the forms of address that close a name (某某某某 + 女士, 某某 + 陛下); not the spouse's word (总统 + 夫人)
_ADDRESS = tuple(_W.get("slot_address_forms", ()))
# the plain words such a slot may hold (总统 + 本人, 总理 + 闭门 + 会谈)
_PLAIN = frozenset(_W.get("slot_plain_words", ()))
# the longest name read so, in characters
_LONGEST = 7


def slot_name(text: str, post_start: int, i: int, spans_ending: dict[int, int], blocked: set[int],
              overlapping: Callable[[int, int], list[tuple[int, int]]], rules: NameRules) -> int | None:
    """The end of the name the slot vouches for, read from `i` right after the post at `post_start`; else None."""
    if i >= len(text) or not is_han(text[i]) or rules.stop_at(text, i):
        return None  # (no stop word opening the words)
    s = spans_ending.get(post_start)
    if s is None:
        s = _body_before(text, post_start, spans_ending, rules)
    if s is None:
        return None  # (a land or body right before the post: whose post it is, the partner's description)
    frame = _opener(text, s, rules)
    for end in range(i + 1, min(len(text), i + _LONGEST)):
        k = end - 1
        if not is_han(text[k]) or text[k] in rules.not_in_name or (k > i and (k in blocked or len(rules.stop_at(text, k) or "") >= 2)):
            return None
        if end - i < 2 or not _closed(text, end, frame, rules):
            continue
        name = text[i:end]
        # (a foreign name: one character of the transliteration table at least; 期间, 友好, 全家 have none)
        if name[-1] in BODY_ENDS or name[-1] in PLACE_ENDS or name.startswith(PARTY_WORDS) or name in _PLAIN or \
                rules.transliteration.isdisjoint(name) or rules.ends_in_org_suffix(name) or \
                name in rules.subject_non_names or overlapping(i, end):
            return None
        return end
    return None


def _body_before(text: str, post_start: int, spans_ending: dict[int, int], rules: NameRules) -> int | None:
    """Where a body's name not read as one opens before the post (会见 + 某某大学 + 校长, 某国 + 议会 + 议长): words
    of eight characters at most, no punctuation among them, ending in a body's suffix, opened by a verb of meeting,
    a partner's word or a land's name read; else None."""
    for s in range(post_start - 2, max(0, post_start - 9) - 1, -1):
        if not is_han(text[s]):
            return None
        if rules.ends_in_org_suffix(text[s:post_start]) and (
                _opener(text, s, rules) or any(spans_ending.get(e) == s for e in range(s + 2, post_start - 1))):
            return s
    return None


def _opener(text: str, s: int, rules: NameRules) -> str:
    """What stands before the land or body at `s`: a verb of meeting (会见, 会见了, 会见了来访的) -> "object",
    a partner's word (与, 同) -> "partner", else ""."""
    head = text[max(0, s - 12):s]
    for filler in ("", *rules.object_fillers):
        if filler and not head.endswith(filler):
            continue
        rest = head[:len(head) - len(filler)] if filler else head
        rest = rest[:-1] if rest.endswith("了") else rest
        if rest.endswith(rules.object_verbs):
            return "object"
    return "partner" if head.endswith(tuple(rules.partner_openers)) else ""


def _closed(text: str, end: int, frame: str, rules: NameRules) -> bool:
    """Does the slot close at `end`: a form of address in any frame; the clause's end after a verb of
    meeting; the verb of talking (or a place word before it in the clause) after a partner's word."""
    if text.startswith(_ADDRESS, end):
        return True
    if frame == "object":
        return end >= len(text) or text[end] in DELIMS
    if frame == "partner":
        if text.startswith(rules.partner_verbs, end):
            return True
        if text.startswith(rules.partner_places, end):
            tail = text[end + 1:end + 16]
            stop = next((x for x, c in enumerate(tail) if c in DELIMS), len(tail))
            return any(v in tail[:stop] for v in rules.partner_verbs)
    return False
