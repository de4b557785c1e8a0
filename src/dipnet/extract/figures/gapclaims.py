"""A first time in N years told again is one claim (fa6): a report tells its hook twice ('这是中国立法机构
负责人30年来首次访问巴西' in a quotation, then '…是三十年来第一次到访巴西的中国国会领导人'; '意大利总理罗西,
上任6年来这次首度专程访印' in the lead, '是罗西上任6年来第一次专门前往南亚' in the body). A span of years whose
clause tells a first time or a gap (首次, 时隔…) told again on the page, in the same brief, restates the
first telling: one fact, the first telling's, held by the person a telling names as the one who acts
where the first names only a land or a body. The words are in data/facts.toml (gap_claim_words)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .factwords import words

if TYPE_CHECKING:  # the context type is only needed for hints
    from dipnet.model import Fact

    from .factcontext import Context


def one_claim_per_gap(ctx: Context, facts: list[Fact], people: set[str]) -> list[Fact]:
    """facts with every later telling of a first-time span of years folded into its first telling."""
    first: dict[tuple[str, int | None], Fact] = {}
    out: list[Fact] = []
    for f in facts:
        if f.unit != "year" or isinstance(f.value, list) or not any(w in ctx.text[f.start:f.end] for w in words("gap_claim_words")):
            out.append(f)
            continue
        told = first.get((str(f.value), f.brief))
        if told is None:
            first[(str(f.value), f.brief)] = f
            out.append(f)
        elif f.subject in people and told.subject not in people:
            told.subject = f.subject  # (意大利 in the lead, 罗西 in the body: the person who acts holds it)
    return out
