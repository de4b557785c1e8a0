"""How facts.py reads a quantity's unit and tells a claim from a number that is none: the unit
word after the number (or 百分之 before it, the currency before a bare 元), and the ordinals, dates,
names, slogans and restated lists that are not claims. Knowledge is in data/facts.toml."""

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
from .factactor import visited
from .factwords import load_data, words
from .holders import org_members
from .nonclaims import casualty_count, counts_nothing
from .numbers import NUMBER, parse_number
from .seats import region_run, seat_holders

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
    return [_plain(p.replace("N", num)) for p in load_data("facts.toml")["year_contexts"]]


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
    if not (m.group("arabic") and m.group("mult") or big_cn):
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
    return UnitWord("", "person", "person") if population else None


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


def range_high(ctx: Context, m: re.Match[str]) -> re.Match[str] | None:
    """'300亿至350亿美元', '6%-6.5%': the number after m that closes a range with it (m's own unit,
    if it has one, repeated after the high number); None where m stands alone."""
    text, data = ctx.text, ctx.data
    if m.group("vague"):
        return None
    j = m.end()
    u = unit_after(text, j)
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


def not_a_claim(ctx: Context, m: re.Match[str], u: UnitWord, num_end: int, end: int, ranged: bool = False) -> bool:
    """Numbers that are not claims: ordinals, dates, names, slogans."""
    text, data = ctx.text, ctx.data
    before = text[max(0, m.start() - 1):m.start()]
    rest = text[end:end + 6]
    rank = before == "第" and (_is_rank(ctx, m, u, end) or ordinal_count(ctx, m, num_end) is not None)
    if rank and not data["ordinal_claims"]:
        return True  # 第六大投资国, 第三次担任: an ordinal places the party, it counts nothing
    if ranged and before in data["range_separator_chars"]:
        before = ""  # the high end of a range: its separator is no ordinal's or date's mark
    if before in ("第", "/", "-", ".") and not rank or (before.isascii() and before.isalnum()):
        return True  # 第30届, 119/2026, ACMECS 7
    if ctx.dated.at(m.start()):
        return True  # inside a date
    if u.kind in ("count", "person") and "." in (m.group("arabic") or "") and not m.group("mult"):
        return True  # 9.16大马日: a count has no fraction, such a number is a day or a name
    if u.word == "次" and text.startswith(words("session_nouns"), end) and rx.compile(data["session_lead"]).search(text, max(0, m.start() - 10), m.start()):
        return True  # 十四届全国人大三次会议: a session's number, no count
    if u.kind == "money" and (rx.compile(data["rate_after"]).match(text[end:end + 8]) and text[m.start():num_end] in ("1", "一")
                              or rx.compile(data["rate_before"]).search(text[max(0, m.start() - 12):m.start()])):
        return True  # (1元人民币约合5.13泰铢, 1美元约合33泰铢): an exchange rate, on both sides no claim
    if u.kind == "count" and rx.compile(data["frequency_before"]).search(text, max(0, m.start() - 8), m.start()):
        return True  # 每周至少三次固定开行: how often, a rate, not a count of anything done
    k = m.start()
    while k > 0 and text[k - 1] in ":：  (（":  # (阅读 (14212次))
        k -= 1
    if text.endswith(words("furniture_before"), 0, m.start()) or text.endswith(words("counter_labels"), 0, k):
        return True  # ảnh 1: a photo's number in a caption; 点击数:2345次: a page counter
    if text.endswith(words("quote_open"), 0, m.start()) \
            and any(q in text[end:end + int(data["slogan_reach"])] for q in words("quote_close")):
        return True  # “六个更”, “五个准备”: a slogan's name, quoted
    if u.word in data["word_heads"] and text.startswith(tuple(data["word_heads"][u.word]), end):
        return True  # 1国会: the unit word begins another word
    if u.word in data["rank_units"] and (before in data["top_before"] or before != "第" and rx.compile(data["top_set_after"]).match(rest_long := text[end:end + 16])
                                         and not rest_long.startswith(words("slogan_nouns"))):
        return True  # 前3大出口市场, 柬埔寨5大投资来源国之一: a top set, no count of anything
    if u.kind == "count" and rx.compile(data["top_count_before"]).search(text[max(0, m.start() - 10):m.start()]) \
            and rx.compile(data["top_set_after"]).match(text[end:end + 16]):
        return True  # 对越南投资最多的5个国家之一: a top set told by a superlative, no count either
    if before in data["share_before"] and rx.compile(data["share_whole_after"]).match(text[end:end + 16]):
        return True  # 占170个投资项目的60%: the whole restated, the share is the claim
    if text.endswith(words("threshold_before"), 0, m.start()) and rx.compile(data["threshold_after"]).match(text[end:end + 8]):
        return True  # 超过10亿美元的5家企业: a threshold qualifying the things counted after it
    if rest.startswith(words("threshold_tails")) and any(
            w in text[ctx.clause(m.start())[0]:m.start()] for w in words("bound_each_words")):
        return True  # 均出现了同比20%以上的增长: a bound each of several reaches, no amount of its own
    if u.kind in ("money", "measure") and rest.startswith(words("threshold_tails")) \
            and rx.compile(data["counted_items_before"]).search(text[ctx.clause(m.start())[0]:m.start()]):
        return True  # 其中20种农产品出口额达10亿美元以上: each item's threshold, no amount of its own
    if rest.startswith(words("per_marks")) or u.kind in ("money", "measure") \
            and rx.compile(data["per_before"]).search(text[max(0, m.start() - 10):m.start()]):
        return True  # 453美元/吨, 每吨568美元: a price per tonne
    if u.kind == "count" and rest.startswith(words("not_after_count") + words("superlative_after")):
        return True  # 11个月, 5个百分点; 两个最大项目: the largest ones picked out, no count told
    if u.kind == "count" and text.endswith(words("likeness_before"), 0, _qualified_start(ctx, m.start())):
        return True  # 约相当于1400个足球场: a likeness that pictures a figure, no count of its own
    if u.kind == "person" and rest.startswith(words("not_after_person")):
        return True  # 1234人阅读: a page counter
    if text.startswith(words("name_after"), num_end) or counts_nothing(ctx, m, u, end):
        return True  # 20国集团; 两座城市之间, 十大典型活动, 一年来 (nonclaims.py)
    if u.kind in ("count", "person") and _sums_up_list(ctx, m.start(), u.kind, num_end):
        return True  # 越南、爱沙尼亚…突尼斯5国, 甲、乙两名嫌犯: the count restates the list just named
    if m.group("cn"):
        v = parse_number(m)
        concrete = u.word in data["concrete_classifiers"] or bool(any_of(words("document_counted")).search(text[end:end + 8]))
        seats = bool(region_run(ctx, m.start())) and seat_holders(ctx, m.start(), num_end, u) is not None
        # (席位按地区分配:…东欧地区一个: a region's one seat, not 甲国和乙国争夺东欧地区一个席位)
        low = 1 if seats or casualty_count(ctx, u, end) else 2 if rank or concrete else data["chinese_count_min"]
        if u.kind in ("count", "person") and (v is None or v < low):  # type: ignore[operator]
            return True
        if u.kind == "count" and not rank and u.word not in data["concrete_classifiers"] \
                and (rest.startswith(words("slogan_nouns")) or u.word == "国") \
                and not org_members(ctx, m, u) and not visited(ctx, m.start()):
            return True  # (访问亚非六国: the countries a visit takes in are counted)
        if u.kind == "count" and _named_documents(ctx, m.start(), end):
            return True  # 陆地边界三个法律文件: a known set of documents named, no count told
        if u.word == "大" and isinstance(v, float) and v > 10 and not rank:
            return True  # 十三大: a party congress (第十五大农产品出口国 is a rank)
    return False


def _named_documents(ctx: Context, pos: int, end: int) -> bool:
    """A Chinese-numeral count of documents right after a noun (越中陆地边界三个法律文件): the name of
    a known set. After a verb of signing, a word of total or a joiner (签署三项协议) it is a count."""
    text = ctx.text
    rest = text[end:end + 6].lstrip("份项个部")
    if not rest.startswith(words("named_documents")) and not rx.compile(r"[^,。;:!?()“”\d]{1,4}?(?:法律文件|文件|协定|条约)").match(rest):
        return False
    k = _qualified_start(ctx, pos)
    if any(w in text[ctx.clause(pos)[0]:pos] for w in words("in_force_verbs")):
        return True  # 落实关于陆地边界的三项法律文件: documents in force, implemented, not a count told
    return k > 0 and "\u4e00" <= text[k - 1] <= "\u9fff" and not text.endswith(words("document_count_leads"), 0, k)


def _qualified_start(ctx: Context, pos: int) -> int:
    """Where the qualifiers before a number (约, 近, 逾) begin."""
    while pos > 0 and ctx.text[pos - 1] in ctx.data["qualifiers_before"]:
        pos -= 1
    return pos


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


def _is_rank(ctx: Context, m: re.Match[str], u: UnitWord, end: int) -> bool:
    """'中国是越南第六大投资国': a rank below the first among partners, markets or economies is a
    claim (a count); 第一大 only says 'largest', and 第30届, 第15次 or 第二大会议厅 number
    sessions and rooms, which are no claims."""
    v = parse_number(m)
    if not (u.word in ctx.data["rank_units"] and isinstance(v, float) and 2 <= v <= ctx.data["rank_max"]):
        return False
    if any_of(words("rank_nouns")).search(ctx.text[end:end + 8]):
        return True
    # '全球对越南投资的第二大国': what is ranked told before the rank, 的 and a party noun after it
    c_start = ctx.clause(m.start())[0]
    before = ctx.text[max(c_start, m.start() - 10):m.start()]
    return ctx.text.startswith(words("rank_party_nouns"), end) and before.endswith("的第") \
        and bool(any_of(words("rank_nouns")).search(before))


def _sums_up_list(ctx: Context, pos: int, kind: str, end: int) -> bool:
    """A count right after a list of two or more parties (A、B和C三国, A、B等5国) only sums it up;
    people counted after countries (来自中国和柬埔寨600多名代表) are those countries' people, and
    things counted after countries (在南苏丹、马里等9个任务区) are other things than the countries."""
    text, data = ctx.text, ctx.data
    counted = text[end:end + 6]
    if not counted.startswith(words("country_counted")) and \
            not any(counted.startswith(c + n) for c in data["count_classifiers_of_countries"] for n in words("country_counted")):
        country_things = False
    else:
        country_things = True
    end = pos
    for w in data["list_close"]:
        if w and text.endswith(w, 0, pos):
            end = pos - len(w)
            break
    last = [m for m in ctx.ending_at.get(end, ()) if m.type in ("COUNTRY", "ORG", "PERSON")]
    if not last:
        return False
    if last[0].type == "PERSON":
        return True  # 甲、乙两名嫌犯, 甲等3人: the people just named, counted again
    if kind == "person" or last[0].type == "COUNTRY" and not country_things:
        return False
    before = ctx.within(max(0, last[0].start - 30), last[0].start, ("COUNTRY", "ORG"))
    if end < pos and text[end:pos] in words("open_list_close"):  # 老挝、泰国、越南、缅甸等12个国家: more than
        listed = 1  # the list names is a count of its own; 奥地利、亚美尼亚、苏丹、刚果等四国 only restates it
        k = last[0].start
        while (prev := [m for m in ctx.within(max(0, k - 30), k, ("COUNTRY", "ORG")) if text[m.end:k] in data["list_joiners"]]):
            listed, k = listed + 1, prev[-1].start
        n = NUMBER.match(text, pos)
        if n is not None and isinstance(value := parse_number(n), float) and value > listed:
            return False
    return bool(before) and text[before[-1].end:last[0].start] in data["list_joiners"]


def year_ok(ctx: Context, m: re.Match[str]) -> bool:
    if any(ctx.text.endswith(w, 0, m.start()) for w in ctx.data["year_not_after"]):
        return False
    window = ctx.text[max(0, m.start() - 4):m.end() + 40]
    off = m.start() - max(0, m.start() - 4)
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


def predicate(ctx: Context, u: UnitWord, window: str) -> str:
    for p in ctx.data["predicates"]:
        if p["unit"] in (u.unit, u.kind) and rx.compile(p["pattern"]).search(window):
            name = p["name"]
            break
    else:
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
