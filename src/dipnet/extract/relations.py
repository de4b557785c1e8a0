"""Bilateral relationship levels (diplomatic relations, partnerships, special ties, community with
a shared future) between two named parties, and when they were established or upgraded.
Level names and trigger verbs are in data/relations.toml; shared document context in facts.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet import rx
from dipnet.datakeys import required
from dipnet.kb import load_kb
from dipnet.model import Document, Mention, Relation
from dipnet.rx import plain as _plain
from dipnet.timex.knowledge import relation_before
from dipnet.timex.numerals import to_int

from .common.countlists import count_list_span, listed
from .facts import Context, as_of_value, load_data
from .figures.factpairs import pair_for
from .figures.relationpartners import (
    earlier_pair,
    is_broken_off,
    is_membership,
    kb_compound,
    opened_year,
    page_compound,
    pair_after,
    party_name,
)
from .figures.sharedcontext import context_of

# '建交65周年': a count of years closed by a word of data/relations.toml (anniversary_after)
COUNT_BEFORE = r"^\D{0,4}?(\d+|[一二三四五六七八九十百]+)\s?"
# '中国同马耳他…建交53年以来', '马中建交45年来': N years up to the page's date
YEARS = r"^(\d+|[一二三四五六七八九十百]+)\s?年"
# '越南澳大利亚建立战略伙伴关系': establishing, told as news (not 已建立 / 建立了, which tell a state)
BARE_ESTABLISH = _plain(r"(?<![已曾经])建立(?![了起])\S{0,12}$")
# a space between two Chinese characters ends a headline in a run of headlines (a page's menu)
HEADLINE_GAP = _plain(r"(?<=[\u4e00-\u9fff”」』)])\s+(?=[\u4e00-\u9fff“「『(])")


@lru_cache(maxsize=1)
def years_since() -> re.Pattern[str]:
    words = load_data("relations.toml")["years_since_after"]
    return _plain(YEARS + "(?:" + "|".join(map(re.escape, words)) + ")")


@lru_cache(maxsize=1)
def anniversary_count() -> re.Pattern[str]:
    words = required(load_data("relations.toml"), "anniversary_after", "relations.toml")
    return _plain(COUNT_BEFORE + "(?:" + "|".join(map(re.escape, words)) + ")")


@lru_cache(maxsize=1)
def level_names() -> list[tuple[str, str]]:
    data = load_data("relations.toml")
    pairs = [(n, lv["level"]) for lv in data["levels"] for n in lv["names"]]
    return sorted(pairs, key=lambda p: -len(p[0]))


@lru_cache(maxsize=1)
def level_pattern() -> re.Pattern[str]:
    return _plain("|".join(re.escape(n) for n, _ in level_names()))


def _parties(ctx: Context, a: int, b: int) -> list[Mention]:
    """Countries and party organizations (ASEAN, EU) mentioned in [a, b), outermost first."""
    orgs = set(load_data("relations.toml")["party_orgs"])
    pat = level_pattern()
    out = []
    for m in ctx.within(a, b, ("COUNTRY", "ORG")):
        if (m.type == "COUNTRY" or m.entity_id in orgs or (m.kb_id or "") in orgs) and not is_membership(ctx, m) \
                and not is_broken_off(ctx, m):
            out.append(m)
    # a compound glued to another level name (越美全面伙伴关系) is that level's pair, not this one's
    glued = {i for i, m in enumerate(out) if len(m.text) == 1 and i + 1 < len(out) and out[i + 1].start == m.end
             and pat.match(ctx.text, out[i + 1].end)}
    glued |= {i + 1 for i in glued}
    return [m for i, m in enumerate(out) if i not in glued]


def _pairs(ctx: Context, start: int, p: int, q: int, s_end: int) -> list[list[str]]:
    """The two parties of a level name at [p, q): a compound such as 越老 right before it, else the
    parties named in the sentence up to it (one holder, each other a partner), else '两国'."""
    data = load_data("relations.toml")
    c_start = max(start, ctx.clause(p)[0], p - data["compound_reach"])
    comp = ctx.compound_before(c_start, p) or _dash_pair(ctx, c_start, p) or kb_compound(ctx, c_start, p) \
        or page_compound(ctx, c_start, p)
    if comp:
        return [comp]
    ms = _parties(ctx, start, q)
    ms = ms if _owner(ctx, start, ms, p) else _own_clause(ctx, ms, p)  # (继甲国之后,乙国成为某国的…: all 某国's)
    ms = ms + _counted(ctx, start, p, s_end)  # 与其他N个国家建立…关系,分别是甲、乙和丙: a tie with each
    if not ms and (pc := page_compound(ctx, start, p)):  # ('马中关系良好,…全面战略伙伴关系…')
        return [pc]
    # '越南是(日本的)战略伙伴': a party named in parentheses right after the level still counts
    names = list(dict.fromkeys(party_name(ctx, m) for m in ms))
    if len(names) >= 2:
        holder = _owner(ctx, start, ms, p) or next((party_name(ctx, m) for m in ms if not ctx.is_target(m)), names[0])
        for m in ms:  # '越南已与13个国家…': the party right before 与/同 is the holder
            after = ctx.text[m.end:m.end + 2]  # (not an item of a list: '同甲国、乙国和丙国三国元首…')
            if after.startswith(_words("holder_after")) and ctx.text[m.start - 1:m.start] not in _words("list_item_before"):
                holder = party_name(ctx, m)
                break
        return [ctx.ordered([holder, n]) for n in names if n != holder]
    if len(names) == 1:  # '梁强与文莱苏丹…': a party named by its people
        others = [c for c in _people_countries(ctx, start, q) if c not in names] or _cast_party(ctx, p, q, s_end, names)
        if others:
            return [ctx.ordered([names[0], others[0]])]
    elif not names:
        people = _people_countries(ctx, start, q)
        if len(people) >= 2:
            return [ctx.ordered(people[:2])]
    span = ctx.text[start:q]
    if any(w in span for w in ctx.data["pair_markers"]):
        if not names and len(_people_countries(ctx, *ctx.sentence(p))) < 2:
            earlier = earlier_pair(ctx, ctx.sentence(p)[0])
            own = _people_countries(ctx, *ctx.sentence(p)) + [n for m in _parties(ctx, ctx.sentence(p)[0], q)
                                                               if (n := ctx.country_name(m))]
            if earlier and set(own) <= set(earlier):  # (a party the sentence names itself is one of them)
                return [earlier]
        pair = pair_for(ctx, start, s_end) if not names else \
            ctx.ordered(names + [n for n in pair_for(ctx, start, s_end) if n not in names][:1])
        return [pair] if len(pair) == 2 else []
    if not names and not _people_countries(ctx, start, q):  # (nothing named before it)
        later = pair_after(ctx, _parties(ctx, q, s_end), q, s_end)
        return [later] if later else []
    return []


def _counted(ctx: Context, start: int, p: int, s_end: int) -> list[Mention]:
    """The parties listed after a count that stands before the level at p (common/countlists.py)."""
    span = count_list_span(ctx.text, start, p, ctx.clause(p)[1], s_end)
    if span is None:
        return []
    return listed(ctx.text, _parties(ctx, *span), *span)


def _own_clause(ctx: Context, ms: list[Mention], p: int) -> list[Mention]:
    """'美国与菲律宾是同盟关系,越南与美国是全面战略伙伴': when the level's own clause names two parties, the
    parties of the clauses before it are another tie's."""
    c_start = ctx.clause(p)[0]
    own = [m for m in ms if m.start >= c_start]
    return own if len(own) < len(ms) and len({party_name(ctx, m) for m in own}) >= 2 else ms


def _cast_party(ctx: Context, p: int, q: int, s_end: int, names: list[str]) -> list[str]:
    """'作为越南的全面战略伙伴,印度一向重视对越关系': the role clause's partner is the first other party the
    sentence names after that clause."""
    c_start, c_end = ctx.clause(p)
    at = max(ctx.text.rfind(w, c_start, p) for w in _words("role_openers"))
    if at < 0 or any(m.start < at for m in _parties(ctx, c_start, p)):  # (印度作为越南的…伙伴: named already)
        return []
    after = [party_name(ctx, m) for m in _parties(ctx, max(q, c_end), s_end)]
    return [n for n in after if n not in names][:1]


def _owner(ctx: Context, start: int, ms: list[Mention], p: int) -> str | None:
    """'继甲国、乙国之后,丙国成为越南的全面战略伙伴': the party the level word is said of (越南的…伙伴) holds it;
    each other party named is its partner, not a partner of the first one named. Not the object of 与/同
    (越南重视与日本的…伙伴关系: 日本 is the partner of the subject before 与)."""
    words = load_data("relations.toml")
    for m in reversed([m for m in ms if m.end < p]):
        between = ctx.text[m.end:p]
        if between.startswith(tuple(words["owner_marks"])) and len(between) <= words["owner_reach"] \
                and not any(c in between for c in "，,、;；。"):
            joined = any(j in ctx.text[start:m.start] for j in words["owner_object_joiners"])
            return None if joined else party_name(ctx, m)
    return None


def _people_countries(ctx: Context, a: int, b: int) -> list[str]:
    """The countries of the people named in [a, b), in order (a head of state speaks for it)."""
    kb = load_kb()
    out: list[str] = []
    for m in ctx.within(a, b, ("PERSON",)):
        iso = ctx.country_of.get(m.entity_id)
        entry = kb.get(f"country:{iso}") if iso else None
        if entry and entry.name not in out:
            out.append(entry.name)
    return out


def _party_name(name: str) -> str | None:
    """The country or party body a written name stands for (中国 → 中国, 东盟 → 东盟)."""
    orgs = set(load_data("relations.toml")["party_orgs"])
    for e in load_kb().by_name(name):
        if e.type == "COUNTRY" or e.id in orgs:
            return e.name if e.type == "COUNTRY" else name
    return None


def _dash_pair(ctx: Context, a: int, p: int) -> list[str] | None:
    """'中国-东盟战略伙伴关系': two parties joined by a dash right before the level name."""
    m = rx.compile(r"([\u4e00-\u9fff]{2,8})[-–—]([\u4e00-\u9fff]{2,6})$").search(ctx.text[a:p])
    if not m:
        return None
    y = _party_name(m.group(2))
    left = m.group(1)
    x = next((n for k in range(2, len(left) + 1) if (n := _party_name(left[-k:]))), None)
    return ctx.ordered([x, y]) if x and y and x != y else None


def _anniversary_since(ctx: Context, q: int, pair: list[str], level: str) -> str | None:
    """'建交65周年' on a page of 2015 → 1950; known establishment dates are taken from the time
    stage's data (relations.json) when the pair is there."""
    m = anniversary_count().match(ctx.text[q:q + 10]) or years_since().match(ctx.text[q:q + 10])
    if not m:
        return None
    if level == "diplomatic_relations":
        known = _known_since(pair)
        if known:
            return known
    n = to_int(m.group(1))
    # '明年迎来…签署10周年', '2019年是…建交70周年': the year its clause dates the anniversary to, else the page's
    told = ctx.time_before(ctx.clause(q - 1)[0], q)
    anchor = (told.value if told and told.value and told.kind != "duration" else None) or ctx.date_at(q)
    if n is None or not anchor:
        return None
    return str(int(anchor[:4]) - n)


def _known_since(pair: list[str]) -> str | None:
    """The recorded date diplomatic relations were established between the pair, if known."""
    for home, other in (pair, pair[::-1]):
        if home in ("越南", "中国"):
            hit = relation_before(f"{home}{other}建交")
            if hit:
                return hit[0]
    return None


def _dates_start(ctx: Context, start: int, prev: tuple[int, int] | None, p: int) -> int:
    """Where the dates of the level word at p may start: '越南与美国2013年建立全面伙伴关系,此次访问期间两国将
    关系提升为全面战略伙伴关系': a date in the clause of an earlier level word of the sentence, before it, is that
    level's, so the later one reads its dates after it (a date opening the sentence before both still counts)."""
    if prev is None or prev[1] <= start:
        return start
    t = ctx.time_before(start, p)
    if t is None or anniversary_count().match(ctx.text[prev[1]:prev[1] + 10]):
        return start  # ('在2023年…庆祝建交50周年时,两国宣布把…升级为…': the earlier one counts its years from that date)
    if t.start >= prev[1]:  # ('自1995年两国关系正常化以来,特别是2013年建立…后': 2013 is the later level's)
        return prev[1]
    if ctx.clause(prev[0])[0] <= t.start and t.end <= prev[0]:
        return prev[1]
    return start


def _since(ctx: Context, start: int, p: int, q: int, pair: list[str], level: str) -> str | None:
    data = load_data("relations.toml")
    since = _anniversary_since(ctx, q, pair, level)
    if since:
        return since
    span = ctx.text[start:q + 4]
    opened = opened_year(ctx, start, p)  # ('自某年建立…伙伴关系以来': the span's opening)
    if opened and any(w in span for w in data["establish"]):
        known = _known_since(pair) if level == "diplomatic_relations" else None
        return known if known and known[:4] == opened[:4] else opened
    t = ctx.time_before(start, p)
    if t and any(w in span for w in data["establish"]):
        return as_of_value(t)
    if (signed := _set_up_year(ctx, start, p)) is not None:
        return signed
    known = _known_since(pair) if level == "diplomatic_relations" else None
    if known:
        return known
    # ('洪都拉斯宣布与中国建交': relations the page announces as set up, with no date known, date from the page)
    if any(w in span for w in data["announce"]) or BARE_ESTABLISH.search(ctx.text[start:p]):
        return ctx.date_at(p)
    return None


def _set_up_year(ctx: Context, start: int, p: int) -> str | None:
    """'于2013年签署的关于越南与意大利战略伙伴关系的联合声明': a year right before a word of setting up dates the
    level, though it opens a clause that qualifies a noun (which a figure's as-of leaves out)."""
    found = [t for t in ctx.times.starting_in(start, p) if t.end <= p and t.value and t.explicit_year
             and t.kind not in ("duration", "anniversary") and ctx.text.startswith(_words("establish"), t.end)]
    return as_of_value(found[-1]) if found else None


@lru_cache(maxsize=8)
def _words(key: str) -> tuple[str, ...]:
    """A word list of relations.toml as a tuple (one startswith/endswith for all its words, at each level word)."""
    return tuple(load_data("relations.toml")[key])


@lru_cache(maxsize=1)
def _not_before_by_level() -> dict[str, tuple[str, ...]]:
    return {lv["level"]: tuple(lv.get("not_before", [])) for lv in load_data("relations.toml")["levels"]}


def _level_not_before(level: str) -> tuple[str, ...]:
    return _not_before_by_level().get(level, ())


@lru_cache(maxsize=1)
def _name_not_after() -> dict[str, tuple[str, ...]]:
    return {n: tuple(ws) for n, ws in load_data("relations.toml")["name_not_after"].items()}


def _aimed(ctx: Context, name: str, p: int, q: int, bare: int | None = None) -> bool:
    """'推动两国关系正常化', '关系正常化谈判': a level name that is often an aim, told as one;
    '越南希望与某国早日建立战略伙伴关系': any level set up or raised by a verb a wish or plan governs.
    A level in quotes opening at `bare` is read in the clause the quotes stand in (将签署一项“战略伙伴”协定)."""
    data = load_data("relations.toml")
    before = ctx.text[ctx.clause(bare - 1 if bare is not None and 0 < bare < p else p)[0]:p]
    if name in data["aim_names"] and (any(w in before for w in data["aim_before"])
                                      or ctx.text.startswith(tuple(data["aim_after"]), q)):
        return True
    for w in data["wish_words"]:
        i = before.find(w)
        if i < 0:
            continue
        rest = before[i + len(w):]
        if (any(v in rest for v in data["wish_verbs"]) or rest.startswith(tuple(data["wish_become"]))) \
                and not any(x in rest for x in data["wish_not_between"]):
            return True
    return False


def _denied(ctx: Context, p: int) -> bool:
    """'菲律宾并非越南的全面战略伙伴', '两国尚未建交': the clause denies the level before naming it."""
    before = ctx.text[ctx.clause(p)[0]:p]
    at = max(before.rfind(w) for w in _words("denial_before"))
    return at >= 0 and not any(w in before[at:] for w in _words("denial_undone"))


def _headline(text: str, a: int, b: int, p: int) -> tuple[int, int]:
    """The part of the sentence [a, b) around p that one headline of a run of headlines holds."""
    for m in HEADLINE_GAP.finditer(text, a, b):
        if m.end() <= p:
            a = m.end()
        elif m.start() >= p:
            b = m.start()
            break
    return a, b


def extract_relations(doc: Document) -> list[Relation]:
    """Every relationship level the page states between two parties (pure)."""
    text = doc.text
    ctx: Context | None = None  # built at the first level word read on (most pages state none)
    data = load_data("relations.toml")
    levels = dict(level_names())
    found: dict[tuple[frozenset[str], str], Relation] = {}
    prev: tuple[int, int] | None = None  # the last level word read on
    for hit in level_pattern().finditer(text):
        p, q = hit.start(), hit.end()
        if text.startswith(_words("not_after"), q) or text.endswith(_words("not_before"), 0, p) \
                or text.startswith(_name_not_after().get(hit.group(), ()), q):
            continue
        level = levels[hit.group()]
        bare = p  # the text before the level without the quotes opening it (no copy of the whole prefix)
        while bare > 0 and text[bare - 1] in "“「『\"":
            bare -= 1
        if any(text.endswith(w, 0, bare) for w in _level_not_before(level)):
            continue
        if ctx is None:
            ctx = context_of(doc)  # (the one the facts stage built, where it read this page as it is)
        s_start, s_end = ctx.sentence(p)
        s_start, s_end = _headline(ctx.text, s_start, s_end, p)
        if any(w in ctx.text[ctx.clause(p)[0]:p] for w in data["aspiration"]) or _aimed(ctx, hit.group(), p, q, bare) \
                or _denied(ctx, p):
            continue
        start = ctx.after_speech(s_start, p)
        dates_start = _dates_start(ctx, start, prev, p)
        prev = (p, q)
        for pair in _pairs(ctx, start, p, q, s_end):
            if len(pair) != 2 or pair[0] == pair[1]:
                continue
            key = (frozenset(pair), level)
            since = _since(ctx, dates_start, p, q, pair, level)
            old = found.get(key)
            if old is None:  # its evidence is the sentence: a clause can be only the quoted level ("“战略伙伴”")
                found[key] = Relation(a=pair[0], b=pair[1], level=level, since=since, start=s_start,
                                      end=s_end, brief=doc.brief_at(p))
            elif old.since is None and since:
                old.since = since
    return list(found.values())
