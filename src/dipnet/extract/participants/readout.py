"""A letter read out at a gathering (某某出席开幕式并宣读国家主席习近平的贺信 / 开幕式上,甲宣读了乙的贺信 / 越南外长
某某在会上宣读了苏林总书记的贺信): the one who reads attends the gathering and sends nothing; the one whose letter it
is sends it, to the gathering it is read at, and (named only there) attends nothing. SPEC: a MESSAGE names every
sender and recipient (a go-between is neither); a conference's participants are those the text places at it (pa4)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage
from dipnet.model import Mention

_GATHERING_BACK = 300  # characters before the reading within which the gathering it is read at is told


def read_out_at(page: EventPage, start: int, k: int) -> int:
    """Where a verb of reading out stands in [start, k) with the letter's author between it and the letter word at
    `k` (宣读了国家主席习近平的贺信), no clause break between; -1 where none does."""
    text = page.doc.text
    for m in rx.compile(cue("letter_read_verbs")).finditer(text, start, k):
        between = text[m.end():k]
        if len(between) <= 30 and not any(ch in between for ch in ",，;；。") and _person_in(page, m.end(), k):
            return m.start()
    return -1


def gathering_before(page: EventPage, start: int, at: int) -> list[Mention]:
    """The gathering told last before `at` (within _GATHERING_BACK characters, from `start`'s sentence on back): a
    body the page names by a meeting's word (国际减贫合作论坛), the recipient of a letter read out at it."""
    suffixes = codebook().meeting_suffixes
    told = [m for m in page.in_span(max(0, min(start, at - _GATHERING_BACK)), at)
            if (e := page.entities.get(m.entity_id)) is not None and e.type == "ORG" and e.name.endswith(suffixes)]
    return told[-1:]


def letter_senders_out(page: EventPage, participants: list[str]) -> list[str]:
    """The participants of a gathering without the people named on the page only as the author of a letter read
    out (某某出席并宣读习近平的贺信: 习近平 sent a letter, he is not there), or as the one whose greetings are conveyed
    or whose words are quoted (并转达了国家主席某某对会议的祝贺 / 他援引某某此前的讲话说), or as the one who sends the
    gathering a letter (某某向第五届某某峰会致贺信, 某某致信某某大会: ev65)."""
    spans = _read_spans(page)
    if not spans:
        return participants
    out = []
    for p in participants:
        told = [m for m in page.mentions if (e := page.entities.get(m.entity_id)) is not None and e.name == p
                and e.type == "PERSON"]
        if told and all(any(a <= m.start < b for a, b in spans) for m in told):
            continue
        out.append(p)
    return out


def _read_spans(page: EventPage) -> list[tuple[int, int]]:
    """The stretches of the page from a verb of reading out to the letter word it reads, and from a verb of conveying
    or quoting to the greeting or words it carries (found once per page)."""
    got = page.__dict__.get("_read_spans")
    if got is None:
        text = page.doc.text
        names = ("letter_read_out", "words_carried", "letter_to_gathering")
        got = page.__dict__["_read_spans"] = [
            (_clause_back(text, m.start()) if name == "letter_to_gathering" else m.start(), m.end())
            for name in names for m in rx.compile(cue(name)).finditer(text)]
    return got


def _clause_back(text: str, at: int) -> int:
    """Where the clause holding `at` opens, at most 30 characters back (the letter's sender stands before 向): found
    here rather than by a leading open run in the pattern, which the engine would try at every position of the page."""
    lo = max(0, at - 30)
    cut = max(text.rfind(c, lo, at) for c in ",，。;；:：\n")
    return cut + 1 if cut >= 0 else lo


def _person_in(page: EventPage, start: int, end: int) -> bool:
    return any((e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON" for m in page.in_span(start, end))
