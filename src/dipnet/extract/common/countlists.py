"""Members told after a count (issue 13, ai2): a count of lands, provinces or partners is often followed by its
members, and those are the parties the count stands for — 援助N个…国家:甲、乙…,以及丙 (aid to each), 向某国…N省(甲省、
乙省)捐赠 (the provinces receive), 与其他N个国家建立…关系,分别是甲、乙和丙 (a tie with each). The list opens right after
the count (a colon, a parenthesis, 分别是) or after the count's clause (…关系,分别是…), and runs on while only list joiners
part its names. Pure text work: callers give the names' spans. Words are in data/cues.toml (count_noun, count_list_*)."""

from __future__ import annotations

from typing import Protocol, TypeVar

from dipnet import rx
from dipnet.extract.common.cues import cue, cues

_CLOSE = {"(": ")", "（": "）"}


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_M = TypeVar("_M", bound=_Spanned)


def count_list_span(text: str, a: int, b: int, clause_end: int, end: int) -> tuple[int, int] | None:
    """Where the members of a count standing in text[a:b] are listed, up to `end` (the sentence's end): right after
    the count, or after its clause (`clause_end`) with a lead-in (分别是); None where no count opens a list there."""
    for hit in rx.compile(cue("count_noun")).finditer(text, a, b):
        opened = rx.compile(cue("count_list_open")).match(text, hit.end(), end)
        if opened is None and clause_end <= end:
            opened = rx.compile(cue("count_list_lead")).match(text, clause_end, end)
        if opened is None:
            continue
        close = _CLOSE.get(opened.group().strip())
        stop = text.find(close, opened.end(), end) if close else -1
        return opened.end(), stop if stop != -1 else end
    return None


def listed_items(text: str, spans: list[tuple[int, int]], start: int, end: int) -> list[int]:
    """The indexes of the spans that make the list opening at `start`: each name parted from the one before only by a
    list joiner; two names at least, else none."""
    joiners = ("", *cues("count_list_joiners"))
    out: list[int] = []
    pos = start
    for i, (a, b) in sorted(enumerate(spans), key=lambda x: x[1]):
        if a < pos or b > end:
            continue
        if text[pos:a].strip() not in joiners:
            break
        out.append(i)
        pos = b
    return out if len(out) >= 2 else []


def listed(text: str, mentions: list[_M], start: int, end: int) -> list[_M]:
    """The mentions that make the list opening at `start` (listed_items over their spans)."""
    return [mentions[i] for i in listed_items(text, [(m.start, m.end) for m in mentions], start, end)]
