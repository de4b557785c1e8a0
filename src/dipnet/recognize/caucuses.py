"""A legislature's caucus or association named after the legislature (高雄市议会 + 国民外交促进会,
立陶宛国会 + 友台小组, 韩国国会 + 韩中议员联谊会): the whole is one body, whose head's post follows
it; the legislature inside its name is then no name of its own (SPEC: an organization inside another
organization's name is not an entity)."""

from __future__ import annotations

from dipnet.model import Mention, in_order
from dipnet.recognize.dotted import is_han
from dipnet.recognize.lexicon import NameRules, name_rules

_W = dict(name_rules().name_read_words)


def _words(key: str) -> tuple[str, ...]:
    v = _W.get(key, ())
    return (v,) if isinstance(v, str) else tuple(v)


# the words that end a legislature's name, and the words that end a caucus's or association's
_LEGISLATURES = _words("caucus_legislatures")
_CAUCUS_ENDS = tuple(sorted(_words("caucus_suffixes"), key=len, reverse=True))
# the most characters between the legislature and the caucus's word (韩中议员 + 联谊会, 国民外交 + 促进会)
_GAP = 8


def caucus_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each legislature's name that a caucus's words and word follow read as the
    caucus: one ORG from the legislature's start to the caucus's word's end."""
    if not _LEGISLATURES or not _CAUCUS_ENDS:
        return mentions
    rules = name_rules()
    out = list(mentions)
    for m in mentions:
        if m.type != "ORG" or not m.text.endswith(_LEGISLATURES):
            continue
        inside = {k for o in mentions if o.type in ("COUNTRY", "LOCATION") and o.start >= m.end for k in range(o.start, o.end)}
        end = _caucus_end(text, m.end, rules, inside)
        if end is None or any(o.start <= m.start and o.end >= end and o is not m for o in out):
            continue
        # the words inside stay (韩 + 中 as countries); the legislature and any name crossing the end go
        out = [o for o in out if o is not m and not (o.start < end < o.end)]
        out.append(Mention(m.start, end, text[m.start:end], "ORG"))
    return in_order(out)


def _caucus_end(text: str, pos: int, rules: NameRules, inside: set[int]) -> int | None:
    """Where a caucus's word ends that closes 2 to _GAP characters of plain words from `pos` (a
    country's or place's name among them may hold a stop's character: 日 + 中 + 友好议员联盟)."""
    for k in range(pos + 2, min(len(text), pos + _GAP + 1)):
        if not is_han(text[k - 1]) or (k - 1 not in inside and rules.stop_at(text, k - 1)):
            return None
        w = next((w for w in _CAUCUS_ENDS if text.startswith(w, k)), None)
        if w is not None:
            return k + len(w)
    return None
