"""Figures told twice on a page, which facts.py keeps as one claim: the headline's figure that the body
tells rounded or bounded, the same claim restated with another name of its holder, a mark the figure
told before passed (出口达1012亿美元…首次超过1000亿美元: the mark is no claim of its own), and a short
subheading whose figure the paragraph under it tells again. The subheading over a paragraph also lends
that paragraph its holder. Words are in data/facts.toml."""

from __future__ import annotations

from itertools import takewhile
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the context type is only needed for hints
    from dipnet.model import Fact

    from .factcontext import Context
    from .quantities import UnitWord

BOUND_REACH = 1.15  # how far above a headline's bound (超过70亿) the body's figure it rounds may lie


def find_rounding_headline(headline: dict[tuple[str, str, int | None], int], fact: Fact,
                           bare: set[tuple[str, str, int | None]] | None = None,
                           tenths: set[tuple[str, str, int | None]] | None = None,
                           bounds: set[tuple[str, str, int | None]] | None = None) -> tuple[str, str, int | None] | None:
    """The headline figure that rounds this one (200万 for 2000040, 487万 for 4875400): the same
    unit and brief, within 2% of it; or, for a headline amount in a bare 元 whose currency was
    guessed (援助8.8亿元), the same amount the body tells in its currency (合新台币8.8亿元); a headline
    share in tenths (占逾6成) the body's share within ten points of it (占62.5%); a headline bound
    (收到超过70亿越南盾) the body's figure at or a little above it (超过72亿越南盾)."""
    if isinstance(fact.value, list):
        return None
    for key in headline:
        v, unit, brief = key
        same_unit = unit == fact.unit or bare is not None and key in bare and fact.unit.isupper() \
            and v == str(fact.value)
        near = 10 if tenths is not None and key in tenths else 0.02 * abs(float(fact.value))
        if same_unit and brief == fact.brief and "[" not in v and abs(float(v) - float(fact.value)) <= near:
            return key
        if same_unit and brief == fact.brief and bounds is not None and key in bounds and "[" not in v \
                and float(v) <= float(fact.value) <= BOUND_REACH * float(v):
            return key
    return None


def restates_holder(first: str, again: str, value: float | list[float], u: UnitWord, least: float,
                    same_words: bool = False) -> bool:
    """A distinctive figure (an amount, or a count of at least `least`, or one of the same things in
    the same words: 另有5国反对 in the body and again in a caption) told again with a name of its
    holder that holds or is held in the first one's (中国 / 中国公司, 联合国大会 / 联合国): the same
    claim restated."""
    if first == again or not (first in again or again in first) or isinstance(value, list):
        return False
    return u.kind in ("money", "measure") or u.kind in ("person", "count") and (value >= least or same_words)


def find_heading_above(ctx: Context, paragraph: int) -> int:
    """Where the subheading right above a paragraph begins (■大马5死 数千人无家可归): a short line
    closing no sentence, blank lines between; -1 where there is none (its holder carries into the
    paragraph under it)."""
    k = paragraph - 1
    while k > 0 and ctx.text[k - 1] == "\n":
        k -= 1
    if k <= 0:
        return -1
    a, b = ctx.lines.around(k - 1)
    line = ctx.text[a:b].strip()
    short = 0 < len(line) <= int(ctx.data["label_line_max"]) and not line.endswith(tuple(ctx.data["closed_line_ends"]))
    return a if short else -1


def passes_told_mark(out: list[Fact], paragraph: int, unit: str, value: float) -> bool:
    """A figure of the paragraph (told before) in the unit, at the mark or a little above it."""
    return any(f.unit == unit and isinstance(f.value, float | int) and value <= f.value <= 1.5 * value
               for f in takewhile(lambda f: f.start >= paragraph, reversed(out)))


def is_subheading(ctx: Context, pos: int) -> bool:
    """A short line closing no sentence with a paragraph under it (中俄贸易额达2400亿美元 above
    '去年,中俄双边贸易额超过2400亿美元…'): a heading, whose figure the paragraph tells again."""
    a, b = ctx.lines.around(pos)
    line = ctx.text[a:b].strip()
    if not 0 < len(line) <= int(ctx.data["label_line_max"]) or line.endswith(tuple(ctx.data["closed_line_ends"])):
        return False
    c, d = ctx.lines.around(min(len(ctx.text) - 1, b + 1))
    while c < len(ctx.text) and not ctx.text[c:d].strip() and d < len(ctx.text):
        c, d = ctx.lines.around(d + 1)
    return c > b and len(ctx.text[c:d].strip()) > len(line)


def in_summary(ctx: Context, pos: int) -> bool:
    """A lead or a photo caption: lines that sum up what the body tells (data/facts.toml summary_segments)."""
    seg = ctx.doc.segment_at(pos)
    return seg is not None and seg.kind in ctx.data["summary_segments"]


def retold_words(ctx: Context, unit_end: int) -> str:
    """The words after a figure's unit, as far as facts.toml's retold_words_reach: a lead's or caption's
    figure told again in the body in the same words (签署31份涉及交通、农业…的谅解备忘录) is one claim,
    whichever holder each telling's own words give it (在X的见证下 in the caption, X与Y in the body)."""
    return ctx.text[unit_end:unit_end + int(ctx.data["retold_words_reach"])]


def listed_after_count(text: str, c_start: int, pos: int) -> bool:
    """Whether the figure at `pos` is a later item of a list of counts in its clause (同138个国家和30个国际
    组织, 5家企业、3所学校): each item counts its own things, so a figure of one told before for something
    else (30多个国家) is not told again by it. Words (the joiners) in data/facts.toml."""
    from .factwords import words
    before = text[max(c_start, pos - _LIST_REACH):pos]
    if not before.endswith(words("count_list_joiners")):
        return False
    return any(ch.isdigit() for ch in before) and any(w in before for w in words("count_list_classifiers"))


_LIST_REACH = 12  # how far back in the clause the list's earlier count may stand (138个国家和: 6)
