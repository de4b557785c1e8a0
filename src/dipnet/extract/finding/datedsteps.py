"""A history told as steps, each with its own year (rs1, issue 13): 从1954年日内瓦协议到1973年巴黎协定, 继2009年升级为
全面伙伴、2020年提升至战略伙伴后 — several triggers of one type in one clause, each after a date of its own that no
other trigger of the clause stands before, are one event each, dated by their own year. Without a date of its own
before each trigger (签署了2018年至2020年…路线图, 2017年签署并生效的协定) the clause is read as before."""

from __future__ import annotations

import re

from dipnet import rx
from dipnet.extract.common.clauses import Clause, sub_clauses
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage
from dipnet.model import TimeExpr

# types whose clause is parted at the separators between its triggers (sub_clauses); a relation's steps are parted
# only by their own years (两国将关系提升为…并发表关于建立…的联合声明 is one change)
_MULTI = {"VISIT", "MESSAGE", "MEET", "ANNIVERSARY", "AGREEMENT", "DEPLOYMENT", "ELECTION", "CONFERENCE"}
# the separators a step may end at, strongest first (as sub_clauses parts a clause, and 到/至): cues.toml
_SEPARATORS = ("part_separator_strong", "part_separator_list", "step_separator_span")


def _last(sep: str, span: str) -> re.Match[str] | None:
    """The last separator of this kind in the span, if any."""
    found = list(rx.compile(cue(sep)).finditer(span))
    return found[-1] if found else None


def _own_date(t: TimeExpr) -> bool:
    """A date fixing a year of its own (1973年, 2025年2月): no span of years (2018年至2020年), no length of time,
    no count of years."""
    return t.kind == "date" and bool(t.value) and t.explicit_year


def dated_steps(page: EventPage, c: Clause, hits: list[tuple[int, str]]) -> list[tuple[Clause, int, str]] | None:
    """One part per trigger where each trigger of the clause has a date of its own between the trigger before it
    (or the clause's start) and itself; each later part starts at its own date. None where any has none."""
    if len(hits) < 2:
        return None
    text = page.doc.text
    cuts: list[tuple[int, int]] = []  # (where a part ends, where the next begins)
    prev = c.start
    for i, (k, trig) in enumerate(hits):
        own = [t for t in page.times.starting_in(prev, k) if t.end <= k]
        if not own or not all(map(_own_date, own)):
            return None
        if i:  # at the separator before the step's date where one stands (、乙于2016年访问: 乙 is the step's), else at the date
            at = next((prev + m.start() for sep in _SEPARATORS
                       if (m := _last(sep, text[prev:own[0].start])) is not None), None)
            cuts.append((at, at + 1) if at is not None else (own[0].start, own[0].start))
        prev = k + len(trig)
    bounds = [c.start] + [b for _, b in cuts]
    ends = [a for a, _ in cuts] + [c.end]
    return [(Clause(b, e, c.sentence, c.brief), k, trig) for b, e, (k, trig) in zip(bounds, ends, hits, strict=True)]


def clause_parts(page: EventPage, c: Clause, type_name: str, hits: list[tuple[int, str]]) -> list[tuple[Clause, int, str]]:
    """The parts of a clause with these triggers of one type, one event read from each: a step per own date (any
    type), else a part per trigger where the type's events are parted at separators (sub_clauses), else one."""
    if len(hits) < 2:
        return [(c, *hits[0])]  # (one trigger: one part, as either reading gives; most clauses hold one, issue 17)
    return dated_steps(page, c, hits) or (sub_clauses(page.doc.text, c, hits) if type_name in _MULTI else [(c, *hits[0])])
