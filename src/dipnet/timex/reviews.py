"""A year summed up as a whole (issue 13): a year-end review or interview is written at the year's end.

'2023年是越美关系取得许多重要进展的一年', '2024年,是一个全球持续动荡的一年' (the page looking back over
'过去一年'), '2023年区域各国举办了多项外交活动,其中…成为了亮点': the year opening a clause, its sentence
telling the year's highlights or achievements, or calling it the year it was where the page looks back over
the past year without naming another. Such a page is of that year's December (or of the first weeks of the
next: a lead's January or February day moves it on, publication.py); the year after it is the coming one,
not the present. Not where the sentence tells a plan or a hope ('2024年,双方将争取取得…成果'), nor a year
counted from ('2023年至今…取得重要成果'), nor a part of a year ('2023年前10月'). Words: data/timewords.json
(year.patterns.summed_*)."""

from __future__ import annotations

from dipnet.rx import plain as _plain

from .tenure import FIRST, LAST
from .words import WORDS

_P = WORDS["year"]["patterns"]
_YEAR = _plain(_P["summed_year"])
_OPENING = _plain(_P["summed_year_opening"])
_ACHIEVED = _plain(_P["summed_achieved"])
_WHOLE = _plain(_P["summed_whole"])
_LOOKING_BACK = _plain(_P["summed_looking_back"])
_NOT = _plain(_P["summed_not"])
_CUES = tuple(_P["summed_cue_words"].split("|"))
WEIGHT = 3.0  # as much as a year told as ending ('2013年即将接近尾声', year.py)


def summed_years(text: str) -> list[tuple[int, str]]:
    """(year, words) of each year the text sums up as a whole at its end."""
    if not any(w in text for w in _CUES):
        return []
    looking_back: bool | None = None
    out = []
    for m in _YEAR.finditer(text):
        y, told = int(m.group("y")), m.group("s")
        if not FIRST <= y <= LAST or not _OPENING.search(text, max(0, m.start() - 3), m.start()):
            continue
        cue = _ACHIEVED.search(told)
        if cue is None and (whole := _WHOLE.match(told)) is not None:
            if looking_back is None:
                looking_back = _LOOKING_BACK.search(text) is not None
            cue = whole if looking_back else None
        if cue is not None and not _NOT.search(told, 0, cue.end()):
            out.append((y, m.group(0)[:len(m.group(0)) - len(told) + cue.end()]))
    return out


def summed_up(text: str, p_max: int | None, votes: dict[int, float], why: dict[int, str],
              month_hint: dict[int, int]) -> int | None:
    """Votes each year the text sums up at its end, in December, where the page speaks of no year after the
    next as present (a later year makes it history told, not a review); returns the latest year spoken of as
    present, the coming year (the one after a year summed up) no longer counted as such."""
    for y, words in summed_years(text):
        if p_max is not None and p_max > y + 1:
            continue
        votes[y] = votes.get(y, 0.0) + WEIGHT
        why[y] = f"a year summed up at its end {words!r}" + (f"; {why[y]}" if y in why else "")
        month_hint[y] = 12
        if p_max == y + 1:
            p_max = y
    return p_max
