"""A host receiving a guest named after the verb (某部长也会在某大学接待某某, 某副会长将接待某某一行): a meeting of
the two. The trigger's own matter (trigger_needs: a post or a visit word right after 接待) is asked for where no one
is named; the guest's name as the verb's object is as good — right after it, an aspect particle between them allowed
(not 接待游客, 接待的首位外长, 接待中国游客量); a guest described before the name (接待…进行访问的某国外长某某) is
left to the clause readers (me9, tw3: fp42, fp46, fp71)."""

from __future__ import annotations

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.eventwords import words_of
from dipnet.extract.common.page import EventPage


def guest_named_after(page: EventPage, c: Clause, name: str, trig: str, end: int) -> bool:
    """The MEET word `trig` (ending at `end`) is a receiving verb whose object is a named person."""
    if name != "MEET" or trig not in words_of("receive_named_verbs"):
        return False
    text = page.doc.text
    stop = c.sentence[1]
    guest = next(((m, e) for m, e in page.named_in(end, stop) if e.type == "PERSON"), None)
    if guest is None:
        return False
    between = text[end:guest[0].start]
    if any(ch in between for ch in "。;；"):
        return False
    return between in ("", *words_of("receive_named_particles"))
