"""A company's name the unit-noun reading cut short: at a bracket ('晓星(越南)有限责任公司' read as
the bare legal form '有限责任公司': the name goes on over the bracketed country or place to the words
before it), or inside its Latin words ('Amkor Technology公司'). The words are in data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

if TYPE_CHECKING:
    from .factcontext import Context


def whole_name(ctx: Context, start: int, name: str) -> str:
    """The name starting at start, with its bracketed part and the words before it where the name
    read is only a legal form (有限公司, 有限责任公司)."""
    data, text = ctx.data, ctx.text
    if text[start:start + len(name)] != name:  # a name told before (公司 pointing back): where it was told
        start = text.rfind(name, max(0, start - int(data["antecedent_reach"])), start + len(name))
        if start == -1:
            return name
    if start > 0 and text[start - 1].isascii() and (text[start - 1].isalnum() or text[start - 1] in " &.-"):
        j = start  # 'Amkor Technology公司' read as 'chnology公司': the name goes on over its Latin words
        while j > 0 and text[j - 1].isascii() and (text[j - 1].isalnum() or text[j - 1] in " &.-"):
            j -= 1
        latin = text[j:start].lstrip(" .-&")
        return latin + name if latin[:1].isalnum() else name
    if name not in data["legal_forms"] or not text.endswith((")", "）"), 0, start):
        return name
    k = max(text.rfind("(", max(0, start - 10), start), text.rfind("（", max(0, start - 10), start))
    if k <= 0:
        return name
    j = k
    while j > 0 and k - j < int(data["unit_name_reach"]) and text[j - 1] not in data["unit_name_stops"]:
        j -= 1
    return text[j:start] + name if j < k else name


def firms_counted(ctx: Context, unit_end: int) -> str | None:
    """'十余家中资光伏企业累计投资…': a count of firms named by their country's capital right after it
    (中资, 日资) is that country's."""
    from .unnamed import capital_of

    hit = capital_of(ctx, unit_end, min(len(ctx.text), unit_end + 10))
    return hit[1] if hit and hit[0] == 0 else _country_firms(ctx, unit_end)


def _country_firms(ctx: Context, unit_end: int) -> str | None:
    """'中国恢复了4家越南乳制品公司对华出口': a count of firms (家) whose country is named right after the
    classifier, a firm noun a few words on, is that country's (not the clause's actor's). (fc1)"""
    text = ctx.text
    if not text.endswith(tuple(ctx.data["firm_classifiers"]), 0, unit_end):
        return None
    for mm in ctx.within(unit_end, unit_end + 12, ("COUNTRY",)):
        if mm.start != unit_end or not rx.compile(ctx.data["country_firms_after"]).match(text, mm.end):
            return None
        return ctx.name(mm)
    return None


def org_anaphor(ctx: Context, pos: int) -> str | None:
    """'该组织承诺今年为越南提供500万美元援助': a sentence opening with 该组织/该机构 (pointing back)
    is about the organization named last before it; it holds the figure. '该国计划年内为7000万人
    注射疫苗': one opening with 该国, about the country named last before it."""
    data, text = ctx.data, ctx.text
    s_start = ctx.sentence(pos)[0]
    for pattern, types in (("org_anaphor", ("ORG",)), ("country_anaphor", ("COUNTRY",))):
        if (hit := rx.compile(data[pattern]).match(text, s_start, pos)) is None:
            continue
        if types == ("ORG",) and _forecast_of_another(ctx, hit.end(), pos):
            return None  # 该机构预测越南今年经济增长5.5%: the economy forecast holds it, not the forecaster
        if types == ("ORG",) and (topic := _topic_before(ctx, s_start, hit.group()[hit.group().rfind("该") + 1:], types)):
            return topic
        before = [mm for mm in ctx.within(max(0, s_start - int(data["antecedent_reach"])), s_start, types)
                  if ctx.sector_of.get(mm.entity_id) not in data["reporter_sectors"]]
        if types == ("COUNTRY",):  # (老挝是中国的友好邻邦。该国…: on a Xinhua page, 老挝)
            own = _writer_countries(ctx, s_start)
            before = [mm for mm in before if ctx.name(mm) not in own] or before
        return ctx.name(before[-1]) if before else None
    return None


def _forecast_of_another(ctx: Context, a: int, pos: int) -> bool:
    """Whether the body pointed back to forecasts a party's figure: a verb of forecasting right after it
    (a time at most between), then a party before the figure that no preposition makes an object."""
    verb = rx.compile(ctx.data["forecaster_verbs"]).match(ctx.text, a, pos)
    return verb is not None and any(not ctx.is_target(mm) for mm in ctx.within(verb.end(), pos, ("COUNTRY", "ORG")))


def writer_country(ctx: Context, pos: int) -> str | None:
    """The country the page at pos is written from, one: its outlet's by the URL, else its dateline
    agency's (（中央社…電） -> 台湾): whom the writer means by 我国 (fc7)."""
    return ctx.outlet_country or next(iter(sorted(_writer_countries(ctx, pos))), None)


def _writer_countries(ctx: Context, pos: int) -> set[str]:
    """The country the page is written from: its outlet's (by the URL) and its dateline agency's
    (the first news agency of the article: 新华社 -> 中国). A writer calls its own country 我国 or
    names it, never 该国, so 该国 points back past it to the other country named."""
    from .unnamed import article_start

    own = {ctx.outlet_country} if ctx.outlet_country else set()
    for mm in ctx.within(article_start(ctx, pos), pos, ("ORG",)):
        if ctx.sector_of.get(mm.entity_id) in ctx.data["reporter_sectors"]:
            if country := ctx.country_name(mm):
                own.add(country)
            break
    return own


def _topic_before(ctx: Context, s_start: int, noun: str, types: tuple[str, ...]) -> str | None:
    """'某市越中友好协会是…某联合会的成员之一。目前,该会共有21位委员' (fx20): 该会 points back to the
    body of that kind opening the sentence before (its topic), not to the one named last in it."""
    from .localities import past_dateline

    p_start = ctx.sentence(max(0, s_start - 1))[0]
    p_start = past_dateline(ctx, p_start, s_start)  # (新华社利马…电 某协会成立于…: the dateline opens no topic)
    first = next(iter(ctx.within(p_start, s_start, types)), None)
    if first is None or not noun or not ctx.name(first).endswith(noun):
        return None
    opening = rx.compile(ctx.data["org_anaphor_opening"]).fullmatch(ctx.text, p_start, first.start)
    return ctx.name(first) if opening is not None else None
