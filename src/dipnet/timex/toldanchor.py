"""Where a day told relative to another (当天, 当晚, 次日, 翌日, 隔天, 第二天) counts from, beyond the last day the
story told before it (stage._told_days): a day still to come that the relative day goes on from (将在31日出发,
次日会晤…,翌日则会晤…), and an event named in the relative day's own clause whose day the page gives elsewhere
(泰柬停火当晚 after 泰国与柬埔寨廿七日签署联合声明同意停火)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dipnet.model import TimeExpr
from dipnet.rx import plain as _plain
from dipnet.timex.words import WORDS

_PLANNED_AFTER = _plain(WORDS["planned_after_told_day"])
_PARTS = tuple(sorted(WORDS["relative_day_parts"], key=len, reverse=True))
_EVENTS = tuple(WORDS["relative_day_events"])
_REACH = int(WORDS["relative_day_event_reach"])
_PLAN_BEFORE = _plain(WORDS["plan_before_day"])
_SENTENCE_ENDS = "。！？!?；;\n"
_CLAUSE_ENDS = _SENTENCE_ENDS + ",，、"


def goes_on_from_plan(text: str, t: TimeExpr, ahead: TimeExpr) -> bool:
    """Whether a relative day counts from a day still to come told before it rather than from the last day
    told: what is told of the relative day is itself a plan, past a part of the day (次日上午,尹锡悦将接见…;
    将于8日晚抵达东京,当晚,首相将宴请…), or it is a further step in the sentence of a day told as planned
    (将在31日出发,次日会晤李克强,翌日则会晤习近平: each step counts on from the one before; not 一日访问后当天,
    a day misread that no plan word marks)."""
    at = t.end + len(next((p for p in _PARTS if text.startswith(p, t.end)), ""))
    if _PLANNED_AFTER.match(text, at):
        return True
    told_ahead = ahead.kind == "relative" or _PLAN_BEFORE.search(text, max(0, ahead.start - 4), ahead.start)
    return bool(told_ahead) and ahead.end <= t.start and not any(ch in _SENTENCE_ENDS for ch in text[ahead.end:t.start])


def _clause(text: str, at: int) -> tuple[int, int]:
    """The clause [start, end) around `at`, between clause marks."""
    start = max(text.rfind(ch, 0, at) for ch in _CLAUSE_ENDS) + 1
    ends = [i for i in (text.find(ch, at) for ch in _CLAUSE_ENDS) if i != -1]
    return start, min(ends, default=len(text))


def named_event_day(text: str, t: TimeExpr, times: Sequence[TimeExpr],
                    brief_at: Callable[[int], int | None]) -> TimeExpr | None:
    """泰柬停火当晚, 当选总统当天, 求助的第二天: a relative day told right after an event named in its own clause,
    with no time of that clause before it, counts from the day the page gives that event in another clause of
    the same story (泰国与柬埔寨廿七日签署联合声明同意停火: the 27th, the day nearest the word in its clause), if
    it gives it one day only; else None
    (the last day told, as before)."""
    start = _clause(text, t.start)[0]
    stretch = text[start:t.start].removesuffix("的")
    if not stretch or any(start <= x.start < t.start for x in times if x is not t):
        return None  # (1月22日,本扬当选…当天: the day told in the clause is the one)
    word = next((w for w in _EVENTS if (i := stretch.rfind(w)) != -1 and len(stretch) - i - len(w) <= _REACH), None)
    if word is None:
        return None
    brief = brief_at(t.start)
    days: dict[str, TimeExpr] = {}
    at = text.find(word)
    while at != -1:
        a, b = _clause(text, at)
        if not a <= t.start < b and brief_at(at) == brief:
            held = [x for x in times if a <= x.start < b and x.kind in ("date", "range") and x.precision == "day"
                    and x.value and len(x.value) == 10]
            # the day nearest before the word in its clause (新华社河内6日电 两国3日…停火: the 3rd), else after it
            x = next((x for x in reversed(held) if x.start < at), held[0] if held else None)
            if x is not None and x.value:
                days.setdefault(x.value, x)
        at = text.find(word, at + len(word))
    return next(iter(days.values())) if len(days) == 1 else None
