"""How facts.py reads a quantity's unit: the unit word after the number (or 百分之 before it, the
currency before a bare 元), people counted with no classifier, the high end of a range, the ordinals
that count (a streak, the N-th term), the years a number is, and the predicate its words tell. Which
numbers are no claims at all (ordinals, dates, names, slogans, restated lists) is claimfilter.py's.
Knowledge is in data/facts.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from dipnet import rx
from dipnet.rx import plain as _plain

from ..common.codes import any_of
from .actordinals import told_occurrence
from .factwords import load_data, words
from .numbers import NUMBER

if TYPE_CHECKING:  # facts.py imports this module; the context type is only needed for hints
    from dipnet.model import TimeExpr

    from ..facts import Context


@dataclass(frozen=True)
class UnitWord:
    word: str
    unit: str
    kind: str


@lru_cache(maxsize=1)
def unit_words() -> list[UnitWord]:
    words = [UnitWord(w, u["unit"], u["kind"]) for u in load_data("facts.toml")["units"] for w in u["words"]]
    return sorted(words, key=lambda u: -len(u.word))  # longest first: 人次 before 人, 美元 before 元


@lru_cache(maxsize=1)
def year_contexts() -> list[re.Pattern[str]]:
    num = r"(?P<n>\d+|[〇零一二两三四五六七八九十百]+)"
    data = load_data("facts.toml")
    tenure = data["tenure_context"].replace("{posts}", "|".join(data["tenure_posts"])) \
        .replace("{not_after}", "".join(data["tenure_not_after"]))
    return [_plain(p.replace("N", num)) for p in [*data["year_contexts"], tenure]]  # (fa4) years in office: tenures.py


@lru_cache(maxsize=1)
def _units_by_first() -> dict[str, list[UnitWord]]:
    by_first: dict[str, list[UnitWord]] = {}
    for u in unit_words():  # longest first, kept within each first character
        by_first.setdefault(u.word[0], []).append(u)
    return by_first


def unit_after(text: str, i: int) -> UnitWord | None:
    j = i + 1 if i < len(text) and text[i] == " " else i
    if j >= len(text):
        return None
    heads = load_data("facts.toml")["word_heads"]
    for u in _units_by_first().get(text[j], ()):
        if text.startswith(u.word, j):
            if len(u.word) > 1 and text.startswith(tuple(heads.get(u.word, ())), j + len(u.word)):
                continue  # 十国人民: not 国人 (compatriots) but 国 before 人民; a shorter unit word may hold
            return u
    return None


def people_after(ctx: Context, m: re.Match[str], end: int) -> UnitWord | None:
    """'10万游客', '5万越南侨胞': people counted with no classifier, a noun for people right after
    the number or after the country that qualifies them (the unit word is empty: the country stays
    after it for named_after); '人口约1亿': a population. Arabic numbers with a multiplier only,
    so that 三人小组 or 2越南人 typos stay out."""
    data = ctx.data
    c_start = ctx.clause(m.start())[0]
    population = bool(any_of(words("population_words")).search(ctx.text[max(c_start, m.start() - 6):m.start()]))
    if population and m.group("cn") and any(c in m.group("cn") for c in "万亿"):
        return UnitWord("", "person", "person")  # 人口近一亿: a population in Chinese numerals
    big_cn = bool(m.group("cn")) and any(c in m.group("cn") for c in "万亿")  # 约二十万越南人
    approx_mult = any(c in ctx.text[m.end():end] for c in "万亿")  # 20多万越南人: the multiplier after 多
    if not (m.group("arabic") and m.group("mult") or big_cn or approx_mult):
        return None
    rest = ctx.text[end:end + int(data["qualifier_gap"]) + 4]
    for mm in ctx.within(end, end + int(data["qualifier_gap"]) + 1, ("COUNTRY",)):
        if mm.start == end:
            rest = ctx.text[mm.end:mm.end + 4]
            break
    nouns = tuple(data["people_nouns"])
    for k in range(3):  # a short qualifier may stand first (3500万外国游客, 10万国际游客)
        if rest.startswith(nouns, k):
            return UnitWord("", "person", "person")
        if k < len(rest) and rest[k] in data["unit_name_stops"]:
            break
    return UnitWord("", "person", "person") if population or _people_before(ctx, m.start()) else None


def _people_before(ctx: Context, pos: int) -> bool:
    """(ff1) '受益民众超过60万', '入境越南的中国游客达120万': a noun for people right before the number,
    a verb of reaching or having between at most, names what it counts."""
    k = pos
    while k > 0 and ctx.text[k - 1] in ctx.data["people_count_links"]:
        k -= 1
    return k < pos and ctx.text.endswith(words("people_nouns"), 0, k)


def people_counted(ctx: Context, m: re.Match[str], u: UnitWord) -> UnitWord:
    """'越南人有33万多个', '留学生达1.2万个': a count with a general classifier whose noun, told right
    before it (a verb of having or reaching between at most), is one for people counts people; so
    does one followed by 人 (40个人)."""
    if u.kind != "count" or u.word not in ctx.data["general_classifiers"]:
        return u
    after = ctx.text[m.end():m.end() + 4].lstrip(" 多余")
    if after.startswith(tuple(u.word + w for w in ctx.data["people_after_classifier"])) \
            and not after.startswith(words("not_people_after_classifier")):
        return UnitWord(u.word, "person", "person")  # 40个人: people
    k = m.start()
    while k > 0 and ctx.text[k - 1] in ctx.data["people_count_links"]:
        k -= 1
    if k < m.start() and ctx.text.endswith(words("people_nouns"), 0, k):
        return UnitWord(u.word, "person", "person")
    return u


def listed_unit(ctx: Context, m: re.Match[str], end: int) -> UnitWord | None:
    """'分别进出口1747.6亿、655.4亿、198.4亿元': numbers listed with their multiplier, the unit
    written once after the last, share it (money, measures, people: amounts, not ordinals or days)."""
    if not (m.group("arabic") and m.group("mult")):
        return None
    text, joiners = ctx.text, tuple(ctx.data["number_list_joiners"])
    j = end
    while text.startswith(joiners, j):
        j += 1
        n = NUMBER.match(text, j)
        if n is None or not n.group("mult"):
            return None
        u = unit_after(text, n.end())
        if u is not None:
            return u if u.kind in ("money", "measure", "person") else None
        j = n.end()
    return None


def unit_before(ctx: Context, pos: int) -> UnitWord | None:
    """百分之三十: the percent written before the number."""
    for w in ctx.data["percent_before"]:
        if ctx.text.endswith(w, 0, pos):
            return UnitWord(w, "percent", "percent")
    return None


def currency_before(ctx: Context, pos: int) -> UnitWord | None:
    """新台币500万元, 人民币1000万元: the currency named before the number, a qualifier (约, 逾)
    at most between, says which 元 it is."""
    k = pos
    while k > 0 and ctx.text[k - 1] in ctx.data["qualifiers_before"]:
        k -= 1
    for u in unit_words():
        if u.kind == "money" and u.word != "元" and ctx.text.endswith(u.word, 0, k):
            return u
    return None


def outlet_currency(ctx: Context) -> UnitWord | None:
    """'3万6000多美元(约9亿元)' on a Vietnamese outlet's Chinese edition: a bare 元 with no currency
    before it is the local currency of the outlet's country (the page URL's country domain, .vn ->
    VND, .tw -> TWD), not the renminbi; None for other domains (元 stays CNY)."""
    host = urlsplit(ctx.doc.url or "").hostname or ""
    code = ctx.data["outlet_yuan"].get(host.rsplit(".", 1)[-1])
    return next((u for u in unit_words() if u.unit == code and u.kind == "money"), None) if code else None


@lru_cache(maxsize=4)
def _range_separator(pattern: str) -> re.Pattern[str]:
    return _plain(pattern)  # (compiled once: asked at every number)


@lru_cache(maxsize=1)
def _ranged_unit_firsts() -> frozenset[str]:
    """The first characters of the money and percent unit words (the units a range's low end repeats)."""
    return frozenset(u.word[0] for u in unit_words() if u.kind in ("money", "percent"))


def range_high(ctx: Context, m: re.Match[str]) -> re.Match[str] | None:
    """'300亿至350亿美元', '6%-6.5%': the number after m that closes a range with it (m's own unit,
    if it has one, repeated after the high number); None where m stands alone."""
    text, data = ctx.text, ctx.data
    if m.group("vague"):
        return None
    j = m.end()
    # only a money or percent unit matters here (it moves j, and the high number must repeat it): where
    # no such unit's first character follows (after one space at most), unit_after is not asked
    firsts = _ranged_unit_firsts()
    u = unit_after(text, j) if text[j:j + 1] in firsts or text[j:j + 1] == " " and text[j + 1:j + 2] in firsts else None
    if u is not None and u.kind in ("money", "percent"):
        j += len(u.word)
    sep = _range_separator(data["range_separator"]).match(text, j)
    high = NUMBER.match(text, sep.end()) if sep else None
    if high is None or high.group("vague") or bool(high.group("cn")) != bool(m.group("cn")):
        return None
    u2 = unit_after(text, high.end())
    if u2 is None or (u is not None and u.kind in ("money", "percent") and u2.word != u.word):
        return None
    return high


def ordinal_count(ctx: Context, m: re.Match[str], end: int) -> UnitWord | None:
    """'连续第三年举行', '第三次担任…成员': a streak or the N-th term in an office counts how often
    (a count); other ordinals (第15次会议, 第30届) number sessions and are no claims."""
    data = ctx.data
    if not ctx.text.endswith("第", 0, m.start()):
        return None
    if ctx.text.endswith(tuple(w + "第" for w in data["streak_before"]), 0, m.start()) and ctx.text[end:end + 1] in data["streak_units"]:
        return UnitWord(ctx.text[end], "count", "count")
    for w in data["term_after"]:
        if ctx.text.startswith(w, end):
            return UnitWord(w[0], "count", "count")
    if rx.compile(data["visit_ordinal_after"]).match(ctx.text, end, end + 16) or told_occurrence(ctx, m.start(), end):
        return UnitWord(ctx.text[end], "count", "count")  # 第二次对越南进行正式访问
    return None


def year_ok(ctx: Context, m: re.Match[str]) -> bool:
    if any(ctx.text.endswith(w, 0, m.start()) for w in ctx.data["year_not_after"]):
        return False
    a = max(0, m.start() - int(ctx.data["year_context_before"]))  # (加入国际刑警组织20年来: the act some words before)
    window = ctx.text[a:m.end() + 40]
    off = m.start() - a
    for p in year_contexts():
        for hit in p.finditer(window):
            if hit.start("n") == off:
                return True
    return False


def target_time(ctx: Context, t: TimeExpr) -> bool:
    """到2030年, 2030年前: a time the text sets as a goal, not one a figure holds for."""
    if ctx.text.endswith(words("as_of_time_before"), 0, t.start):
        return False  # 截至2015年9月: the time a figure holds at, not a goal (though it ends in 至)
    return ctx.text.endswith(words("target_time_before"), 0, t.start) or \
        ctx.text.startswith(words("target_time_after"), t.end)


@lru_cache(maxsize=64)
def _predicates(unit: str, kind: str) -> tuple[tuple[str, str], ...]:
    """(pattern, name) of the predicates of a unit or its kind, in the data's order (read once, not per figure)."""
    return tuple((p["pattern"], p["name"]) for p in load_data("facts.toml")["predicates"] if p["unit"] in (unit, kind))


def predicate(ctx: Context, u: UnitWord, window: str) -> str:
    name = next((told for pattern, told in _predicates(u.unit, u.kind) if rx.compile(pattern).search(window)), None)
    if name is None:
        name = ctx.data["fallback_predicates"][u.kind]
    if u.kind == "money" and not name.endswith(u.unit.lower()):
        name = f"{name}_{u.unit.lower()}"
    return name


def vaccine_doses(text: str, unit_end: int, u: UnitWord) -> UnitWord:
    """'40万支科兴新冠疫苗', '60万只疫苗': a classifier of vials or shots whose noun, a few characters
    on within the clause, is a vaccine counts doses, not things."""
    data = load_data("facts.toml")
    if u.word not in data["dose_classifiers"]:
        return u
    rest = text[unit_end:unit_end + int(data["dose_noun_reach"])]
    cut = min((k for k in (rest.find(c) for c in data["clause_breaks"]) if k != -1), default=len(rest))
    if any(n in rest[:cut] for n in data["dose_nouns"]):
        return UnitWord(u.word, "dose", "measure")
    return u
