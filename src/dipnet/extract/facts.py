"""Quantitative claims: counts, money, percentages, tonnes, doses, people and durations, each with
its holder (subject), a predicate, a normalized value and unit, the year it holds for, and the
clause that states it. This module walks the page's numbers and keeps the state of the walk (what was
told before, the headline's figures, the holder a paragraph carries); its readers are in figures/: the
unit (quantities), which numbers are no claims (claimfilter), who holds a figure (holderorder) and
which figures are told twice (toldagain). Knowledge (unit words, markers, predicate patterns) is in
data/facts.toml.
"""

from __future__ import annotations

from typing import Any

from dipnet import rx
from dipnet.model import Coverage, Document, Fact

from .common.timeindex import as_of_value
from .figures.asof import figure_as_of
from .figures.ballots import vote_fraction
from .figures.carryover import holder_above
from .figures.claimfilter import not_a_claim
from .figures.editions import held_editions, twinned_pairs
from .figures.factactor import actor_country, contingent_country
from .figures.factpairs import short_form_pair
from .figures.factwords import words
from .figures.gapclaims import one_claim_per_gap
from .figures.holderorder import find_holders
from .figures.holders import bracketed
from .figures.instances import another_instance
from .figures.leadercounts import leaders_counted
from .figures.listitems import Item
from .figures.moneywords import caption_repeat, headline_tickers
from .figures.numbers import NUMBER, multiplier, parse_number, plain
from .figures.quantities import (
    UnitWord,
    currency_before,
    listed_unit,
    load_data,
    ordinal_count,
    outlet_currency,
    people_after,
    people_counted,
    predicate,
    range_high,
    unit_after,
    unit_before,
    unit_words,
    vaccine_doses,
    year_ok,
)
from .figures.quotes import quoted_speaker
from .figures.regionpairs import two_for_the_pair
from .figures.seats import seat_holders
from .figures.sources import source_after
from .figures.tenths import tenths_rest
from .figures.titled import congress_number, in_book_title
from .figures.toldagain import (
    find_heading_above,
    find_rounding_headline,
    in_summary,
    is_subheading,
    listed_after_count,
    passes_told_mark,
    restates_holder,
    retold_words,
)
from .figures.topics import carried_topic
from .figures.unnamed import giver_of
from .figures.yearlists import listed_year
from .figures.yuan import currency_told_before, host_currency

__all__ = ["Context", "UnitWord", "as_of_value", "extract_facts", "load_data", "unit_words"]

from .figures.factcontext import Context
from .figures.sharedcontext import context_of


def _rest_of_split(ctx: Context, c_start: int, pos: int) -> bool:
    """'其中12亿元用于…,另4.5亿元用于…': a clause opening with 另 tells the rest of a sum split in
    the sentence; it is the same giver's (not the party the clause before names as the receiver)."""
    return rx.compile(ctx.data["split_rest_before"]).fullmatch(ctx.text, c_start, pos) is not None


def _part_given(ctx: Context, c_start: int, pos: int, unit_end: int) -> bool:
    """'…3200万美元的援助,帮助…,其中1800万美元提供给越南', '其中给予老挝500万美元': a part of the sum told
    before in the sentence, given to a receiver; it is the giver's, as the whole is (the receiver holds none)."""
    data = ctx.data
    return rx.compile(data["part_given_before"]).fullmatch(ctx.text, c_start, pos) is not None or (
        rx.compile(data["part_before"]).fullmatch(ctx.text, c_start, pos) is not None
        and rx.compile(data["part_given_after"]).match(ctx.text, unit_end) is not None)


def _related_tail(doc: Document, text: str, data: dict[str, Any]) -> list[tuple[int, int]]:
    """'相关推荐' on a line of its own after the article's body: what follows to the end of the page
    is other news (its numbers are no claims of the page)."""
    bodies = doc.segments_of("body")
    if not bodies:
        return []
    for sg in doc.segments:
        if sg.start > bodies[0].start and text[sg.start:sg.end].strip() in data["related_headers"]:
            return [(sg.start, len(text))]
    return []


def _other_year(told: Fact, fact: Fact, timed: bool) -> bool:
    """'今年再捐150万美元' over '继去年捐赠150万美元后,今年再捐款150万美元': a headline's figure told with a
    time of its own is not the body's same sum of another year (the body's 今年 one is)."""
    return timed and bool(told.as_of and fact.as_of) and told.as_of[:4] != fact.as_of[:4]  # type: ignore[index]


def extract_facts(doc: Document) -> list[Fact]:
    """Every quantitative claim of the page and its briefs (pure: the document is not changed)."""
    ctx = context_of(doc)  # (the relations stage reads the page through the same one)
    text = ctx.text
    data = ctx.data
    out: list[Fact] = []
    seen: set[tuple[Any, ...]] = set()
    counted: dict[tuple[Any, ...], tuple[str, int, int, str, int]] = {}  # a figure's key -> its unit word, sentence, clause, thing, start
    carried: dict[int, str] = {}  # paragraph start -> the holder its last stated figure had
    stated: dict[tuple[str, str, int | None], str] = {}  # a figure -> the holder it was first told with
    phrases: dict[tuple[str, str, int | None], str] = {}  # a figure -> the words after its unit when first told
    summary_words: dict[tuple[str, str, int | None], tuple[str, int]] = {}  # a lead's or caption's figure -> its words, index
    first_as_of: dict[tuple[str, str, int | None, str], str | None] = {}  # a figure and holder -> its first as-of
    headlines = doc.segments_of("title", "brief_headline")
    # bylines, end marks, link lists: where no figure is read (marked once, one lookup per number)
    # and a site's menu or running headlines before the page's own title (no claim of the article)
    titles = doc.segments_of("title")
    above = [(0, titles[0].start)] if titles and titles[0].start > 0 and titles[0].brief is None else []
    cards = sorted((sg.start, sg.end) for sg in doc.segments if sg.brief is not None and above and sg.end <= above[0][1])
    if cards:  # (a teaser's card over the title is a brief: its figures are read, the gaps around it are not)
        above = list(zip([0] + [z for _, z in cards], [a for a, _ in cards] + [above[0][1]], strict=True))
    furniture = Coverage(len(text), [(sg.start, sg.end) for sg in doc.segments_of(*data["no_fact_segments"])] + above
                         + _related_tail(doc, text, data) + headline_tickers(ctx))  # (a site's running headlines)
    headline: dict[tuple[str, str, int | None], int] = {}  # a headline's figure -> its place in out
    retold: set[tuple[str, str, int | None]] = set()  # the headline's figures the body has told
    bare: set[tuple[str, str, int | None]] = set()  # the headline's amounts in a bare 元 of a guessed currency
    tenths: set[tuple[str, str, int | None]] = set()  # the headline's shares in tenths (逾6成)
    timed: set[tuple[str, str, int | None]] = set()  # the headline's figures told with a time of their own (今年再捐150万美元)
    sums_in: dict[int, tuple[str, str, int | None]] = {}  # a sentence's start -> the last sum of money it told
    rates_of: dict[tuple[str, str, int | None], set[str]] = {}  # a sum -> the percentages told after it in its sentence
    retold_sum: dict[int, tuple[str, str, int | None]] = {}  # a sentence's start -> the sum told before that it tells again
    bounds: set[tuple[str, str, int | None]] = set()  # the headline's figures told as a bound (超过70亿)
    lows: dict[int, float] = {}  # where a range's high number starts -> its low value (300亿至350亿)
    last_sum: dict[int, str] = {}  # a sentence's start -> the holder of its last sum of money
    sum_end = (-1, "")  # where the last sum of money read ended, and its holder
    pairs: dict[frozenset[str], str] = {}  # the two parties of a pair -> the pair as first told
    people = {ctx.name(mm) for mm in ctx.mentions if mm.type == "PERSON"}  # (whose figures carry over nothing)
    not_units = tuple(data["not_units"])
    last_item: Item | None = None  # the last figure read, for the next item of its list
    read_to = 0  # where the last figure read ended, when it took a number after it (九成三)
    teasers = ctx.unrelated_teasers if doc.briefs else set()  # (a page without briefs has none: no brief asked per number)
    for m in NUMBER.finditer(text):
        if furniture.at(m.start()) or m.start() < read_to or (teasers and doc.brief_at(m.start()) in teasers):
            continue  # (a teaser of other news: its numbers are no claims of the page)
        high = range_high(ctx, m)
        if high is not None:  # the low end: read with the high one, which carries the unit
            low = parse_number(m)
            if isinstance(low, float):
                lows[high.start()] = low * (multiplier(high.group("mult") or "") if not m.group("mult") else 1)
            continue
        if ctx.dated.at(m.start()):
            continue  # inside a date (two numbers in three): never a claim (not_a_claim says so too), so not read on
        end = m.end()
        scale = 1
        while end < len(text) and text[end] in data["approx_after"]:
            end += 1  # 150多名, 20多年
            while end < len(text) and text[end] in "十百千万亿":
                scale *= multiplier(text[end])  # 200多亿: the multiplier follows 多
                end += 1
        ordinal = ordinal_count(ctx, m, end)  # 第三次担任X成员: X is the office, not a body counted
        u = None if text.startswith(not_units, end) else ordinal or unit_after(text, end)
        if u is not None and text.startswith(tuple(data["word_heads"].get(u.word, ())), end + len(u.word)):
            u = None  # 1630万国际游客人次: the unit word begins another word; the people may follow
        u = u or unit_before(ctx, m.start()) or people_after(ctx, m, end) or listed_unit(ctx, m, end) \
            or held_editions(ctx, m, end) or twinned_pairs(ctx, m, end)  # (已举办13届, 40对友好城市)
        fraction_end = vote_fraction(text, end) if u is None else None  # 以468/468代表赞成: votes
        if fraction_end:
            u = UnitWord("票", "count", "count")
        if u is None or m.group("vague") and u.kind == "year":
            continue
        u = people_counted(ctx, m, u)
        unit_end = fraction_end or end + (1 if text[end:end + 1] == " " else 0) + len(u.word)
        u = vaccine_doses(text, unit_end, u)
        guessed = False
        if u.word in data["bare_currency"]:
            named = currency_before(ctx, m.start())
            guessed = named is None
            u = named or currency_told_before(ctx, m.start()) or outlet_currency(ctx) or host_currency(ctx) or u
        hundredths = 0
        if u.kind == "tenths":  # 两成 = 20%, 逾6成: a one-digit numeral, and 成 no part of a word (成员)
            if not ((m.group("cn") or m.group("arabic") and not m.group("mult")) and len(m.group()) == 1
                    and end == m.end()) or text[unit_end:unit_end + 1] in data["tenths_not_after"]:
                continue
            scale, u = 10, UnitWord(u.word, "percent", "percent")
            hundredths = tenths_rest(text, unit_end)  # 九成三 = 93%
            read_to = unit_end + (1 if hundredths else 0)  # its second figure is no number of its own
        if not_a_claim(ctx, m, u, end, unit_end, ranged=m.start() in lows) or two_for_the_pair(ctx, m, unit_end) \
                or congress_number(ctx, m.start(), u) or in_book_title(text, m.start(), ctx.sentence(m.start())[0]):
            continue  # (展现2国致力维持…: the pair, as 两国; 越共六大, 《…11个法…》: names)
        value = parse_number(m)
        if value is None or value == 0:
            continue
        if m.start() in lows and isinstance(value, float) and lows[m.start()] < value:
            value = [lows[m.start()], value]  # 300亿至350亿美元, 6%-6.5%
        if scale != 1:
            value = [v * scale for v in value] if isinstance(value, list) else value * scale + hundredths
        if u.kind == "year" and not year_ok(ctx, m):
            continue
        if u.word == "位" and any(text.endswith(w, 0, m.start()) for w in data["rank_before"]):
            u = UnitWord("位", "count", "count")
        unit = leaders_counted(ctx, u, unit_end).unit  # 30多位国家和国际组织领导人: the states they stand for, a count
        told = (str(plain(value)), u.unit, doc.brief_at(m.start()))
        if text.endswith(words("back_references"), 0, m.start()) and (told in stated or u.kind in ("count", "person")):
            continue  # 这3份文件, 这5个国家, 上述5项: what was just told or listed, pointed back to
        if caption_repeat(ctx, m.start(), u.kind, told in stated):
            continue  # a photo caption's sum the page told before: no claim of its own
        c_start, c_end = ctx.clause(m.start())
        s_start, _ = ctx.sentence(m.start())
        paragraph = ctx.lines.around(m.start())[0]  # after the last newline before it
        if isinstance(value, float) and rx.compile(data["milestone_before"]).search(text[max(paragraph, m.start() - 6):m.start()]) \
                and passes_told_mark(out, paragraph, u.unit, value):
            continue  # 出口达1012亿美元…首次超过1000亿美元: the mark the figure told passed, no claim of its own
        seats = seat_holders(ctx, m.start(), end, u)  # 东欧6席: the body's seats, one fact per region
        rest = None
        if u.kind == "money" and sum_end[1] and rx.compile(data["conversion_before"]).fullmatch(text, sum_end[0], m.start()):
            rest = sum_end[1]  # 4.5亿元(约合6521万美元): the same sum in another currency, the same holder's
        source = source_after(ctx, unit_end)  # 六成投资项目来自中国: the source holds it, carries nothing on
        if not rest and u.kind == "money" and (_rest_of_split(ctx, c_start, m.start()) or not source and _part_given(ctx, c_start, m.start(), unit_end)):
            rest = last_sum.get(s_start)
        found = find_holders(ctx, m, u, unit_end, ordinal, seats=seats, rest=rest, last_item=last_item, source=source)
        if found == [""]:  # no holder in the sentence: the figure's own when it was told before with
            # one (除了捐款500万美元 restates 俄罗斯's), else the one the paragraph's figures have, else the page's
            giver = giver_of(ctx, m.start()) if u.kind in ("money", "measure", "count") else None  # 本次50万美元的援助, 这批救援物资包括100艘冲锋舟
            holders = [stated.get(told) or giver or carried_topic(ctx, m.start(), s_start, paragraph)
                       or quoted_speaker(ctx, m.start(), paragraph) or carried.get(paragraph)
                       or carried.get(find_heading_above(ctx, paragraph), "") or holder_above(ctx, carried, paragraph, m.start())
                       or actor_country(ctx, m.start(), s_start)
                       or ctx.home_at(m.start()) or ""]
            stated.setdefault(told, "")
        else:
            holders = found
            first_holder = stated.get(told)
            if first_holder and len(found) == 1 and not text[s_start:m.start()].lstrip().startswith(words("additive_openers")) and restates_holder(
                    first_holder, found[0], value, u, float(data["restated_count_min"]),
                    phrases.get(told) == text[unit_end:unit_end + 2]):
                holders = [first_holder]  # 中方承诺投资228亿美元 … 中国公司…总额达到228亿美元: one figure
            # (甲省2人、乙省3人): an aside's holders carry over nothing; nor does a duration's (在EVFTA实施5年后:
            # the instrument implemented holds its years, not the trade figures told after it)
            # nor does a person's (马某已出访八次,访问23个邦交国…: a person holds only what the clause gives)
            if not bracketed(text, s_start, m.start()) and u.kind != "year" and found[-1] != source and found[-1] not in people:
                carried[paragraph] = found[-1]
            aside = bracketed(text, s_start, m.start())  # (莱州省16人,…);受伤人数为16人: an item is no total's first telling
            stated[told] = stated.get(told) or ("" if aside else found[-1])
        holders = [short_form_pair(ctx, contingent_country(ctx, h, m.start()) or h) for h in holders]  # 中非贸易: 中国-非洲, not 中非共和国
        holders = [pairs.setdefault(frozenset(h.split("-")), h) if h.count("-") == 1 and "-" not in h[:1] else h
                   for h in holders]  # a pair keeps the order the page first wrote it in (the title's 中国、柬埔寨)
        phrases.setdefault(told, text[unit_end:unit_end + 2])  # what it counts, in the words first told
        if u.kind == "money" and holders[-1]:
            last_sum[s_start] = holders[-1]
            sum_end = (unit_end, holders[-1])
        last_item = Item(unit_end, u.kind, holders[0] if len(holders) == 1 else "", c_start)
        as_of, own_time = figure_as_of(ctx, m.start(), s_start, c_end, u.kind)
        year_after = rx.compile(data["bracketed_year_after"]).match(text[unit_end:unit_end + 10])
        if year_after and u.kind != "year":  # 人口约750万(2022年): the year the figure is for, told right after it
            as_of, own_time = year_after.group(1), True
        listed = listed_year(ctx, s_start, ctx.sentence(m.start())[1], m.start(), u) if u.kind != "year" else None
        if listed:  # 2022年和2023年,…分别达到278亿美元和366亿美元: the i-th figure's year is the i-th
            as_of, own_time = listed, True
        window = text[max(c_start, m.start() - 30):min(c_end, unit_end + 12)]
        in_headline = any(sg.start <= m.start() < sg.end for sg in headlines) or is_subheading(ctx, m.start())
        for i, subject in enumerate(holders):
            # a figure told again for its holder with no time in its sentence holds when it was first told
            first = (*told, subject)
            when = as_of if own_time or u.kind == "year" else first_as_of.get(first, as_of)
            first_as_of.setdefault(first, when)
            fact = Fact(subject=subject, predicate=predicate(ctx, u, window), value=plain(value),  # type: ignore[arg-type]
                        unit=unit, as_of=when, start=c_start, end=c_end, brief=doc.brief_at(m.start()))
            key: tuple[str, ...] = (fact.subject, str(fact.value), fact.unit, (fact.as_of or "")[:4], seats[i][1] if seats else "")
            # in one sentence, the same figure again in another clause (11国反对,11国弃权) or of things counted
            # by another classifier (100艘冲锋舟…100套净水器) is another claim
            told_at = counted.get(key)
            thing = text[unit_end:unit_end + 2]  # what is counted (5个口岸、5个贸易区: two claims)
            if key in seen and told_at and (told_at[1] == s_start and (
                    told_at[2] != c_start or u.word != told_at[0] or u.kind == "count" and thing != told_at[3])
                    or u.kind == "count" and thing != told_at[3] and listed_after_count(text, c_start, m.start())):
                key = (*key, u.word, str(c_start))
            if key in seen and told_at and another_instance(text, (told_at[1], told_at[2], told_at[4]), (s_start, c_start, m.start())):
                key = (*key, "instance", str(m.start()))  # 其后…以100%的赞成率, 第5批…395名: another claim of the same value
            same = (str(fact.value), fact.unit, fact.brief)
            if len(holders) == 1 and told in summary_words and summary_words[told][0] == retold_words(ctx, unit_end) \
                    and not in_summary(ctx, m.start()):  # a lead's or caption's figure the body tells in its words
                out[summary_words.pop(told)[1]] = fact  # (签署31份涉及…的谅解备忘录): one claim, the body's holder
                continue
            if key in seen:  # the title and the lead repeat the body
                if not in_headline and same in headline:  # the headline's figure told again as it stands: it stays
                    retold.add(same)
                    headline.pop(same)
                if u.kind == "money":
                    retold_sum[s_start] = told
                elif u.kind == "percent" and s_start in sums_in:  # (the headline's rate, told with its sum)
                    rates_of.setdefault(sums_in[s_start], set()).add(str(fact.value))
                continue
            if u.kind == "percent" and str(fact.value) in rates_of.get(retold_sum.get(s_start, ("", "", None)), ()):
                continue  # 双边贸易额为2105.6亿美元,同比增长12.2% told again: the sum's rate is told again with it
            if same in retold and not in_headline and u.kind != "percent":
                continue  # the headline's figure, told in the body, told once more with another holder: one claim
            seen.add(key)
            counted.setdefault(key, (u.word, s_start, c_start, text[unit_end:unit_end + 2], m.start()))
            if u.kind == "money":
                sums_in[s_start] = told
            elif u.kind == "percent" and s_start in sums_in:
                rates_of.setdefault(sums_in[s_start], set()).add(str(fact.value))
            same = same if same in headline or in_headline else find_rounding_headline(headline, fact, bare, tenths, bounds) or same
            if same in headline and not in_headline and not _other_year(out[headline[same]], fact, same in timed):
                # the body tells the headline's figure with its holder
                out[headline.pop(same)] = fact  # (or its exact value: 487万 in the title, 487万5,400 in the body)
                retold.add(same)
                continue
            if in_headline:
                headline.setdefault(same, len(out))
                if own_time:
                    timed.add(same)
                if guessed:
                    bare.add(same)
                if scale == 10 and u.unit == "percent":
                    tenths.add(same)
                if text.endswith(words("headline_bounds"), 0, m.start()):
                    bounds.add(same)
            if len(holders) == 1 and told not in summary_words and in_summary(ctx, m.start()):
                summary_words[told] = (retold_words(ctx, unit_end), len(out))
            out.append(fact)
    return one_claim_per_gap(ctx, out, people)  # (fa6) a first time in N years told again: one claim
