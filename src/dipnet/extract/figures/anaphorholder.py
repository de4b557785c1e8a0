"""A figure whose holder the sentence tells by an anaphor (fh2, issue 13; SPEC: the holder as the sentence tells it,
not the page's main country by default) is held by the one the anaphor points to:
- a third-person pronoun 他/她 as the figure's subject (他至今总共已访问过8国; 表示他将结束在美8年多的任期; 使他…履行
  外交工作近6年来) is the person of its own sentence named before it, else the subject (first person) of the nearest
  sentence before it that the pronoun does not open, as the pronoun speaker of a statement (pronounspeakers, st13);
- a pointing word 该X/本X/此X (该部, 该友协, 本市) is the last party named before it whose name ends with X (外交部 ->
  its ministry, 胡志明市越中友协 -> that association, 胡志明市).
Only where the anaphor is the first party its clauses tell before the figure (中国在本市116个国家…: 中国 holds), and not the
object of a preposition (对他, 与该国). Words and reaches: data/facts.toml (anaphor_holder_*)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

if TYPE_CHECKING:  # holders.py imports this module; the context type is only needed for hints
    from .factcontext import Context, Mention

_PARTIES = ("COUNTRY", "ORG", "PERSON", "LOCATION")


def anaphor_holder(ctx: Context, pos: int) -> str | None:
    """The referent of the anaphor that opens the figure's clauses (after any verb of saying), else None."""
    data, text = ctx.data, ctx.text
    s_start = ctx.sentence(pos)[0]
    start = ctx.after_speech(s_start, pos)
    hit = rx.compile(data["anaphor_holder_at"]).search(text, start, pos)
    if hit is None or text[hit.start() - 1:hit.start()] in data["anaphor_holder_not_after"]:
        return None
    if any(m.start < hit.start() or m.start < hit.end() for m in ctx.within(start, hit.end(), _PARTIES)):
        return None  # a party told before it (or the anaphor inside a name) holds
    if rx.compile(data["anaphor_holder_says"]).search(text, hit.end(), pos):
        return None  # 他盘点…,称主要有6大成果; 他感谢中国向…捐赠: the anaphor says or thanks, what it tells holds
    if hit.group("pronoun"):
        return _pronoun_person(ctx, s_start, hit.start())
    tail = hit.group("tail")
    if ctx.within(max(hit.end(), ctx.clause(pos)[0]), pos, _PARTIES):
        return None  # 该集团…,其中越方出资70%: the party the figure's own clause names holds
    reach = max(0, hit.start() - int(data["anaphor_holder_reach"]))
    named = [m for m in ctx.within(reach, hit.start(), _PARTIES) if m.text.endswith(tail) or ctx.name(m).endswith(tail)]
    if not named:
        return None
    last = ctx.name(named[-1])
    if tail not in data["anaphor_holder_short_tails"]:
        return last  # 该省 after 某省人民委员会: the province, not a longer name that starts like it
    stem = last[:-len(tail)] if last.endswith(tail) else last
    full = [n for n in map(ctx.name, ctx.within(0, hit.start(), _PARTIES)) if len(n) > len(last) and n.startswith(stem)]
    return full[-1] if full else last  # (胡志明市越中友协 told before in full: 胡志明市越中友好协会)


def _pronoun_person(ctx: Context, s_start: int, k: int) -> str | None:
    """The person of the pronoun at k: its sentence's first person named before it, else the first person of the nearest
    sentence before not opened by a pronoun (None where that sentence names no one)."""
    own = ctx.within(s_start, k, ("PERSON",))
    if own:
        return ctx.name(own[0])
    opening = rx.compile(ctx.data["pronoun_clause_opening"])
    a = s_start
    for _ in range(int(ctx.data["anaphor_holder_sentences"])):
        if a <= 0:
            return None
        a, b = ctx.sentence(a - 1)
        if opening.match(ctx.text, a) or ctx.text[a:b].lstrip().startswith(("他", "她")):
            continue
        people: list[Mention] = ctx.within(a, b, ("PERSON",))
        return ctx.name(people[0]) if people else None
    return None
