"""Years in office (fa4): a duration told right after a post or a word of holding one (阮富仲曾任越共中央总书记13年,
纳吉出任首相7年以来, 前首相某某在位22年, 关大使三年多来) counts the years the post's holder held it, so it is that
person's claim, not the body or country a title names. quantities.year_contexts makes such a duration a claim;
this module finds its holder: the person the page names with that post whose surname stands right before the post
(关大使), else the person named last before it in its clause with only a verb of taking the post and the post's name
between (曾任越共中央…, 出任…). Words are in data/facts.toml (tenure_*)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

from .factwords import words

if TYPE_CHECKING:  # the context type is only needed for hints
    from .factcontext import Context


def tenure_holder(ctx: Context, pos: int) -> str | None:
    """The person whose years in a post the duration whose number starts at pos tells, or None."""
    text = ctx.text
    post = next((w for w in words("tenure_posts") if text.endswith(w, 0, pos)), None)
    if post is None:
        return None
    a = pos - len(post)
    c_start = ctx.clause(pos)[0]
    if a - 1 >= c_start and not ctx.within(a - 1, a, ("PERSON", "COUNTRY", "ORG")):
        # 关大使: the one the page names with the post (驻老挝大使关华兵) whose name opens with that surname
        fits = {r.person for r in ctx.doc.roles if r.person.startswith(text[a - 1]) and r.title.endswith(post)}
        if len(fits) == 1:
            return fits.pop()
    people = ctx.within(c_start, a, ("PERSON",))
    if people and rx.compile(ctx.data["tenure_taken_between"]).fullmatch(text, people[-1].end, a):
        return ctx.name(people[-1])
    return None
