"""Numbers that are no claims (facts.py asks this of each number with a unit, before its holder is
looked for): ordinals, dates, names, slogans, exchange rates and prices per unit, page counters, top
sets, thresholds, likenesses, counts that restate a list just named, and small counts in Chinese
numerals (and one thing in digits) that mean the things themselves. The number's unit is read first
(quantities.py); what the number counts is a claim unless one of these says otherwise. Words are in
data/facts.toml."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from dipnet import rx

from ..common.codes import any_of
from .factactor import visited
from .factwords import load_data, words
from .holders import org_members
from .nonclaims import casualty_count, counts_nothing
from .numbers import NUMBER, parse_number
from .quantities import ordinal_count
from .seats import region_run, seat_holders
from .wordlists import restates_title_list, restates_word_list

if TYPE_CHECKING:  # the context type is only needed for hints
    from .factcontext import Context
    from .quantities import UnitWord


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
    if u.word in data["top_place_units"] and before in data["top_before"] and rx.compile(data["top_place_after"]).match(text, end):
        return True  # 位列…前三名, 跻身全球前二十名: places at the top, no count of people (前三名获奖者 counts them)
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
    if u.kind == "count" and (rest.startswith(words("not_after_count") + words("superlative_after"))
                              or rest.startswith(tuple(data["approx_after"]))
                              and rest[1:].startswith(words("not_after_count"))):
        return True  # 11个月, 2个多月, 5个百分点; 两个最大项目: the largest ones picked out, no count told
    if u.kind == "count" and text.endswith(words("likeness_before"), 0, _qualified_start(ctx, m.start())):
        return True  # 约相当于1400个足球场: a likeness that pictures a figure, no count of its own
    if u.kind == "person" and rest.startswith(words("not_after_person")):
        return True  # 1234人阅读: a page counter
    if u.kind == "count" and rest.startswith(words("not_after_post_count")):
        return True  # 5条评论: the page's comment counter, no count the article tells
    if text.startswith(words("name_after"), num_end) or counts_nothing(ctx, m, u, end):
        return True  # 20国集团; 两座城市之间, 十大典型活动, 一年来 (nonclaims.py)
    if u.kind in ("count", "person") and _sums_up_list(ctx, m.start(), u.kind, num_end):
        return True  # 越南、爱沙尼亚…突尼斯5国, 甲、乙两名嫌犯: the count restates the list just named
    if u.kind == "count" and (restates_word_list(ctx, m) or restates_title_list(ctx, m)):
        return True  # 政治、经济和文化三个领域, 《甲》与《乙》两份文件: what was just listed, counted again (wordlists.py)
    if u.kind == "count" and m.group("arabic") and parse_number(m) == 1 and u.word not in data["counted_from_one"] \
            and rest[:1] not in data["tally_item_ends"] and rest and not rest.startswith(words("seat_words")):
        return True  # 1项引渡条约, 1艘海警船: one thing, as 一艘 is, no count (欧洲:1个, 获得1个席位: a tally's item is)
    if m.group("cn"):
        v = parse_number(m)
        concrete = u.word in data["concrete_classifiers"] or bool(any_of(words("document_counted")).search(text[end:end + 8]))
        seats = bool(region_run(ctx, m.start())) and seat_holders(ctx, m.start(), num_end, u) is not None
        # (席位按地区分配:…东欧地区一个: a region's one seat, not 甲国和乙国争夺东欧地区一个席位)
        occasions = u.word in data["occasion_classifiers"]  # (两轮谈判, 两对友好城市)
        low = 1 if seats or casualty_count(ctx, u, end) else 2 if rank or concrete or occasions else data["chinese_count_min"]
        if u.kind in ("count", "person") and (v is None or v < low):  # type: ignore[operator]
            return True
        if u.kind == "person" and v == 2 and rest.startswith(words("pair_leader_nouns")):
            return True  # (ff1) 两名领袖也将见证…, 两位领导人还将…: the two leaders named, no count told
        if u.kind == "count" and not rank and u.word not in data["concrete_classifiers"] \
                and (rest.startswith(words("slogan_nouns")) and not occasions and not rest.startswith(words("counted_not_slogans"))
                     or rest.startswith(words("occasion_slogans"))
                     or u.word in data["chinese_set_units"] and (v is None or v < data["chinese_country_count_min"])) \
                and not org_members(ctx, m, u) and not visited(ctx, m.start()):
            return True  # (访问亚非六国: the countries a visit takes in are counted)
        if u.kind == "count" and _named_documents(ctx, m.start(), end):
            return True  # 陆地边界三个法律文件: a known set of documents named, no count told
        if u.word == "大" and isinstance(v, float) and v > 10 and not rank:
            return True  # 十三大: a party congress (第十五大农产品出口国 is a rank)
    elif u.kind == "count" and _in_force(ctx, m.start(), end) \
            and not any(w in text[ctx.clause(m.start())[0]:m.start()] for w in words("document_signing_verbs")):
        return True  # 认真遵守…3项法律文件: digits too (签署并落实了12份合作文件 is a count of the signed)
    return False


def _documents_after(ctx: Context, end: int) -> bool:
    """Documents are what the number at end counts (三个法律文件, 3项法律文件, 两份边界协定)."""
    rest = ctx.text[end:end + 6].lstrip("".join(words("document_classifiers")))
    return rest.startswith(words("named_documents")) or bool(_qualified_documents().match(rest))


@cache
def _qualified_documents() -> re.Pattern[str]:
    """A document noun after a few words that qualify it (三项边界法律文件): facts.toml's qualified_documents."""
    return rx.compile(r"[^,。;:!?()“”\d]{1,4}?(?:" + "|".join(map(re.escape, words("qualified_documents"))) + ")")


def _in_force(ctx: Context, pos: int, end: int) -> bool:
    """'落实关于陆地边界的三项法律文件', '认真遵守…3项法律文件': documents a verb of implementing them governs
    in the clause are a set in force, in Chinese numerals or in digits (fc3), not a count told."""
    return _documents_after(ctx, end) and any(w in ctx.text[ctx.clause(pos)[0]:pos] for w in words("in_force_verbs"))


def _named_documents(ctx: Context, pos: int, end: int) -> bool:
    """A Chinese-numeral count of documents right after a noun (越中陆地边界三个法律文件): the name of
    a known set. After a verb of signing, a word of total or a joiner (签署三项协议) it is a count."""
    text = ctx.text
    if not _documents_after(ctx, end):
        return False
    k = _qualified_start(ctx, pos)
    if _in_force(ctx, pos, end):
        return True  # 落实关于陆地边界的三项法律文件: documents in force, implemented, not a count told
    return k > 0 and "\u4e00" <= text[k - 1] <= "\u9fff" and not text.endswith(words("document_count_leads"), 0, k)


def _qualified_start(ctx: Context, pos: int) -> int:
    """Where the qualifiers before a number (约, 近, 逾) begin."""
    while pos > 0 and ctx.text[pos - 1] in ctx.data["qualifiers_before"]:
        pos -= 1
    return pos


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


@cache
def _classified_countries() -> tuple[str, ...]:
    """Countries counted with a classifier (个国家): each classifier before each counted word, in one tuple."""
    return tuple(c + n for c in load_data("facts.toml")["count_classifiers_of_countries"] for n in words("country_counted"))


def _sums_up_list(ctx: Context, pos: int, kind: str, end: int) -> bool:
    """A count right after a list of two or more parties (A、B和C三国, A、B等5国) only sums it up;
    people counted after countries (来自中国和柬埔寨600多名代表) are those countries' people, and
    things counted after countries (在南苏丹、马里等9个任务区) are other things than the countries."""
    text, data = ctx.text, ctx.data
    counted = text[end:end + 6]
    if not counted.startswith(words("country_counted")) and not counted.startswith(_classified_countries()):
        country_things = False
    else:
        country_things = True
    end = pos
    for w in data["list_close"]:
        if w and text.endswith(w, 0, pos):
            end = pos - len(w)
            break
    gloss = rx.compile(data["name_gloss_before"]).search(text, max(0, end - 48), end)
    last = [m for m in ctx.ending_at.get(gloss.start() if gloss else end, ()) if m.type in ("COUNTRY", "ORG", "PERSON")]
    if gloss and (not last or last[0].type != "PERSON"):
        return False  # (蒲亭(Vladimir Putin)等4國領袖: a person's spelling; other glosses are left as they were)
    if not last:
        return False
    if last[0].type == "PERSON":
        return True  # 甲、乙两名嫌犯, 甲等3人: the people just named, counted again
    if kind == "person" or last[0].type == "COUNTRY" and not country_things:
        return False
    before = ctx.within(max(0, last[0].start - 30), last[0].start, ("COUNTRY", "ORG"))
    if (end < pos and text[end:pos] in words("open_list_close") or last[0].type == "ORG") \
            and _more_than_listed(ctx, last[0].start, pos):
        # 老挝、泰国、越南、缅甸等12个国家: more than the list names is a count of its own (奥地利、亚美尼亚、
        # 苏丹、刚果等四国 only restates it); so are a body's members (中国和东盟9国)
        return False
    return bool(before) and text[before[-1].end:last[0].start] in data["list_joiners"]


def _more_than_listed(ctx: Context, k: int, pos: int) -> bool:
    """Whether the number at pos is more than the parties listed up to the one starting at k."""
    listed = 1
    while (prev := [m for m in ctx.within(max(0, k - 30), k, ("COUNTRY", "ORG")) if ctx.text[m.end:k] in ctx.data["list_joiners"]]):
        listed, k = listed + 1, prev[-1].start
    n = NUMBER.match(ctx.text, pos)
    return n is not None and isinstance(value := parse_number(n), float) and value > listed
