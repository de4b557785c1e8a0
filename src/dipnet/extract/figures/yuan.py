"""Which currency a bare 元 is when no currency word stands right before its number: the one the
same sentence named for an amount before it (新台币109亿元…约达415亿元, 人民币1亿元…其中5000万元),
else the currency of a known outlet's country on a generic domain (udn.com: 台湾, TWD), as
outlet_currency does by the country domain (.tw). Words are in data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .numbers import NUMBER
from .quantities import UnitWord, unit_words

if TYPE_CHECKING:  # the context type is only needed for hints
    from .factcontext import Context


def currency_told_before(ctx: Context, pos: int) -> UnitWord | None:
    """The currency named before an amount in bare 元 earlier in the sentence of pos (the latest
    one), which a bare 元 after it in that sentence goes on counting in; None where there is none."""
    text = ctx.text
    s_start = ctx.sentence(pos)[0]
    best: tuple[int, UnitWord] | None = None
    for u in unit_words():
        if u.kind != "money" or u.word in ctx.data["bare_currency"]:
            continue
        i = text.rfind(u.word, s_start, pos)
        if i == -1 or best is not None and i <= best[0]:
            continue
        k = i + len(u.word)
        while k < pos and text[k] in ctx.data["qualifiers_before"]:
            k += 1
        m = NUMBER.match(text, k, pos)
        if m is not None and text.startswith(tuple(ctx.data["bare_currency"]), m.end()):
            best = (i, u)
    return best[1] if best else None


def host_currency(ctx: Context) -> UnitWord | None:
    """The currency of a known outlet's country (outlet_hosts) where its domain tells none."""
    code = ctx.data["outlet_host_yuan"].get(ctx.outlet_country or "")
    if not code or not any(_on_host(ctx, site) for site in ctx.data["outlet_hosts"]):
        return None
    return next((u for u in unit_words() if u.unit == code and u.kind == "money"), None)


def _on_host(ctx: Context, site: str) -> bool:
    host = urlsplit(ctx.doc.url or "").hostname or ""
    return host == site or host.endswith("." + site)
