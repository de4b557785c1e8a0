"""Figures told inside a quotation: '泰国国防部发言人表示:「…截至目前,已有40多万人在七个省被
安置到安全之处。」' — a figure of the quotation with no holder of its own is the speaker's: the
country of the body whose spokesman or official opened the quotation. Words are in data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .factwords import words

if TYPE_CHECKING:  # facts.py imports this module; the context type is only needed for hints
    from .factcontext import Context


def quoted_speaker(ctx: Context, pos: int, paragraph: int) -> str | None:
    """The country of the body that speaks the quotation the figure at pos stands in (the quotation
    opened in its paragraph after a verb of saying), or None."""
    text = ctx.text
    opens, closes = words("quote_opens"), words("quote_closes")
    k = pos - 1
    while k >= paragraph:
        if text[k] in closes:
            return None  # a quotation closed before the figure: it stands outside it
        if text[k] in opens:
            break
        k -= 1
    else:
        return None
    lead = text[paragraph:k]
    if not lead.rstrip(":：, ，").endswith(words("saying_verbs")):
        return None
    for mm in reversed(ctx.within(paragraph, k, ("ORG", "COUNTRY", "PERSON"))):
        country = ctx.person_country(mm) if mm.type == "PERSON" else ctx.country_name(mm)
        if country and ctx.sector_of.get(mm.entity_id) not in ctx.data["reporter_sectors"]:
            return country
    return None


def reflexive_country(ctx: Context, pos: int) -> str | None:
    """(fc4) '印尼总统佐科表示,本国去年吸引外资达470亿美元', '柬埔寨发展理事会称,本国…': 本国 (its own
    country) is the country of the party its sentence names before it, the speaker or the actor (not
    one acted on, nor a news agency), not the page's most named one; None where none is named."""
    s_start = ctx.sentence(pos)[0]
    for mm in reversed(ctx.within(s_start, pos, ("ORG", "COUNTRY", "PERSON"))):
        if ctx.is_target(mm) or ctx.sector_of.get(mm.entity_id) in ctx.data["reporter_sectors"]:
            continue
        country = ctx.person_country(mm) if mm.type == "PERSON" else ctx.country_name(mm)
        if country:
            return country
    return None


__all__ = ["quoted_speaker", "reflexive_country"]
