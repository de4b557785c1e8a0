"""Names told after the clause of a signing, a gift, a protest or a change of relations (issue 13, extra actors):
the parties of these stand in the word's own clause or in the clauses before it, where a Chinese sentence opens
with its subject; the clauses after it tell what followed or why (此举引起泰国的关注, 引起某国抗议, 违反…公约, 有助于
越南成为欧盟在东盟的…伙伴), and a name there is no party — once the clauses up to the word name one (a protest: both
lands, for the one protested against is often told after it, 越南坚决反对,并要求中国…: official dev). Where they name
fewer (签署了合作备忘录,根据该备忘录,甲国将向乙国提供…), the whole sentence's names stand as before. Open gold: 5 such
names extra on dev, dev2 and the pools' tune halves (fp32, fp34), none a party on seeds, dev or dev2."""

from __future__ import annotations

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.page import EventPage, names
from dipnet.extract.participants.lands import countries_of
from dipnet.model import Mention

_OPEN, _CLOSE, _BREAK = "“(《", "”)》", ",;:"  # (as clauses.py splits a sentence: never inside quotes or titles)


def told_after_out(page: EventPage, c: Clause, k: int, actors: tuple[str, ...], mentions: list[Mention],
                   both: bool = False) -> list[Mention]:
    """The sentence's mentions up to the end of the clause of the word at k, where those name an actor (both: actors
    of two countries); else all of them."""
    end = clause_end(page.doc.text, c.sentence[0], k, c.sentence[1])
    upto = [m for m in mentions if m.start < end]
    named = names(page, upto, actors)
    return upto if (len(countries_of(page, named)) >= 2 if both else named) else mentions


def clause_end(text: str, start: int, k: int, end: int) -> int:
    """Where the clause holding position k ends: the first clause mark after it outside quotes, parentheses and book
    titles (a clause of several words of one type is cut at 与 between them, 中澳签署《中国商务部与澳大利亚…备忘录》:
    the clause goes on past that cut)."""
    depth = sum(text.count(ch, start, k) for ch in _OPEN) - sum(text.count(ch, start, k) for ch in _CLOSE)
    for i in range(k, end):
        ch = text[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
        elif ch in _BREAK and depth <= 0:
            return i
    return end
