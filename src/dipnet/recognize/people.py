"""Rules for the people the knowledge base does not know — most people in real news: a name after a
title (越共中央总书记苏林), before one (范明政总理), a foreign name joined by middle dots, a name
before a photo-position marker (X(左)), and the title chains that state their posts
(越共中央政治局委员、公安部部长梁三光大将)."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable
from operator import attrgetter

from dipnet.recognize import postnames
from dipnet.recognize.dotted import dotted_names
from dipnet.recognize.gloss import (
    gloss_backed,
    glossed_after_title,
    glossed_name_before,
    personal_gloss_before,
    syllable_glossed,
)
from dipnet.recognize.lexicon import NameRules, name_rules, read_word
from dipnet.recognize.namereads import (
    _LATIN_NAME,
    DELIMS,
    PLACE_ENDS,
    NameHit,
    TitleHit,
    _plausible,
    after_honorifics,
    is_han,
    read_name_after,
    read_name_before,
    read_name_before_sure,
    read_name_opening_clause,
    surname_led,
)
from dipnet.recognize.postnames import over_known, place_tail, stop_surname_before_rank
from dipnet.recognize.scan import find_all, found_words
from dipnet.recognize.slotnames import slot_name
from dipnet.recognize.speakers import object_names, partner_names, subject_names
from dipnet.recognize.titlechains import PostsByStart, title_chain, titles_after_verb

# the copulas between a post and its holder's name (首位总统 + 是 + 某某)
_COPULAS = tuple(read_word("post_copulas"))
# the mark between two posts listed after a name (某某副部长、大使)
_LIST_MARK = "、"
# the words between a person and the kin word stated of him (某某 + 的 + 妻子, 某某 + 和 + 妻子)
_KIN_LINKS = "的和与"


def _surname_led(text: str, start: int, rules: NameRules) -> bool:
    """A lone surname stands before the post at `start`, after a delimiter or at the text's start (賴總統; not 中方 + 代表)."""
    return start > 0 and text[start - 1] in rules.surnames and (start == 1 or text[start - 2] in DELIMS)


def find_people(text: str, titles: list[TitleHit], known: list[tuple[int, int]], spans_ending: dict[int, int],
                rules: NameRules) -> list[NameHit]:
    """People stated with titles or written as foreign names; `known` are spans already recognized
    (names from the knowledge base), which are not re-read but still get their titles."""
    named_spans = sorted({(s, e) for e, s in spans_ending.items()})
    starts = [s for s, _ in named_spans]
    longest = max([e - s for s, e in named_spans], default=0)

    def overlapping(a: int, b: int) -> list[tuple[int, int]]:
        near = named_spans[bisect_left(starts, a - longest):bisect_left(starts, b)]
        return [(s, e) for s, e in near if e > a] if near else near  # (nothing near, as mostly: no comprehension)

    # a title inside a known body or country is no title (苏丹 in 南苏丹); one that runs on past a
    # body's end is (外交部 + 部长)
    titles = [t for t in titles if not ((near := overlapping(t.start, t.end)) and any(
        (s <= t.start and t.end <= e and (s, e) != (t.start, t.end)) or (t.start < s < t.end < e) for s, e in near))]
    # a title that begins inside a body's name is stated of that body (印尼国防部 + 部长): the
    # phrase runs from the body's start
    spans_ending = dict(spans_ending)
    for t in titles:
        for s, e in overlapping(t.start, t.end):
            if s < t.start < e < t.end:
                spans_ending[t.start] = s
    # a title that runs into an organization's suffix is part of its name (委员 in 工作委员会)
    org_at, org_firsts = rules.org_suffixes.at, rules.org_suffixes.firsts
    titles = [t for t in titles if org_firsts.isdisjoint(text[t.start:t.end])
              or not any(text[k] in org_firsts and org_at(text, k, min_end=t.end + 1) for k in range(t.start, t.end))]
    posts = [t for t in titles if t.kind != "rank"]
    by_end = {t.end: t for t in posts}
    title_starts = {t.start for t in titles}
    blocked = title_starts | {s for s, _ in known}
    rank_starts = {t.start for t in titles if t.kind == "rank"}
    # a KB name inside a dotted run is no cut (英拉 in 英拉万·乔本潘, 拉萨 in 蒙昆·素拉萨)
    cut_before = {t.end for t in titles} | set(spans_ending)
    cut_before |= {k + len(w) for w, at in found_words(text, rules.name_preceders) for k in at}
    dotted = dotted_names(text, rules, cut_before, title_starts, set(named_spans),
                          soft={e: s for s, e in named_spans}, title_ends={t.end for t in titles},
                          known_starts={s for s, _ in known})
    known_at = dict(known) | dict(dotted)
    known_end = {e: s for s, e in known_at.items()}
    found: dict[int, NameHit] = {}
    post_ends = sorted(by_end)
    post_spans = {t.start: t.end for t in posts}
    for s, e in dotted:
        found[s] = NameHit(s, e, [], "dotted")
    read_names: set[str] = set()  # the names read after titles so far
    read_lengths: set[int] = set()  # their lengths, two characters or more
    for t in posts:
        i = postnames.after_former_de(text, t.start, after_honorifics(text, t.end))
        i = after_honorifics(text, postnames.after_post_gloss(text, i, post_spans))
        if text.startswith(_COPULAS, i):  # 首位总统 + 是 + 尼雅佐夫: the name follows the copula
            i += next(len(c) for c in _COPULAS if text.startswith(c, i))
        # 胡志明主席创建…: the title follows a name, so no name follows it; but a spouse's word
        # names the spouse after it (习近平夫人 + 彭丽媛)
        if t.start in known_end and t.title not in rules.spouse_words:
            continue
        # …and so where a name read after an earlier title stands before it again (范某某大使 + 简要介绍)
        # (looked up by the lengths of the names read, not by a scan over them: bounded work per title)
        if t.title not in rules.spouse_words and any(
                text[t.start - k:t.start] in read_names for k in read_lengths if k <= t.start):
            continue
        # a post right after it (国家元首 + 苏丹 + 某某): the name follows that one
        if i in title_starts and i not in known_at:
            continue
        glossed = gloss_backed(text, i, blocked, overlapping, rules)
        # 夫人拿督斯里 + 旺阿兹莎: after an honour the name runs over its transliteration
        honoured = _after_honorific(text, i, blocked, rules) if i > t.end else None
        # 副部长 + 德 + 拉莫拉, 总统 + 卡特 + 勒: a known name inside a longer transliterated one is none there
        over = over_known(text, i, known_at, rules)
        if over:
            end = over
        elif i in known_at:
            end = known_at[i]
        elif honoured:
            end = honoured
        elif glossed:  # 总裁 + 李在镕(Lee Jae Yong): the gloss vouches for the name whatever its characters
            end = glossed
        elif _surname_led(text, t.start, rules):
            continue  # 賴總統 + 清德: a surname's post names its holder; a given name after it is his (surnametitles)
        else:
            read = read_name_after(text, i, rules, blocked, rank_starts)
            stop_led = stop_surname_before_rank(text, i, rank_starts, rules) if read is None else None
            if read is None and stop_led is None:  # 副局长 + 阮大会 + 少将: the rank vouches for the name
                stop_led = postnames.rank_held_name(text, i, rank_starts, rules)
            end = read or stop_led or 0
            # a rank right after the words vouches for a name between post and rank (发言人 + 威拉春 + 少将), and
            # the slot a land's post stands in, whatever the name's characters (会见某国总理 + 某某 + ，: slotnames.py)
            if not end or not (_plausible(text[i:end], t.title, rules) or glossed_after_title(text, i, end, rules)
                               or stop_led is not None
                               or (end in rank_starts and not rules.ends_in_org_suffix(text[i:end]))):
                end = slot_name(text, t.start, i, spans_ending, blocked, overlapping, rules) or 0
                if not end:
                    continue
            # 时任美国总统: 任美国 is no name; but a Vietnamese given name may be a place's name
            # (主席范红河向…: 红河 after the surname 范)
            inner = overlapping(i, end)
            closed = end >= len(text) or text[end] in DELIMS or rules.stop_at(text, end) is not None
            if inner and not (end - i == 3 and surname_led(text[i:end], rules) and inner == [(i + 1, end)]
                              and (closed or not is_han(text[end]))) \
                    and not place_tail(text, i, end, inner, closed, rules):  # 黎青海7日: a date after the name
                continue
        chain = title_chain(text, by_end, t.end, spans_ending, rules, ends=post_ends)
        hit = found.get(i)
        if hit is None or hit.end != end:
            hit = NameHit(i, end, [], "over-known" if over else "title+name")
            found[i] = hit
            read_names.add(text[i:end])
            if end - i >= 2:
                read_lengths.add(end - i)
        hit.titles[:0] = [c for c in chain if c not in hit.titles]
    # a name in Latin letters inline after a post or a body, or before a form of address or a post
    # that follows names: 党首Kazuo Shii向…, 主任El Orani Slimane、, 向Thongvive Phomvihane 女士转达,
    # 向Iuri Sudakov少将; a space may part it from the post (府尹 Sayam Sirimongkol 表示), not from a body
    # or another word. The posts right before it are its titles (大使Heuangseng Khamdalavong), as a
    # Chinese name's are; read before the posts after names, so that these give theirs too
    title_ends = {t.end for t in titles}
    after_posts = {t.start for t in titles if t.kind == "rank" or t.title in rules.after_name_titles}
    for m in _LATIN_NAME.finditer(text):
        a, b = m.start(), m.end()
        after = text[b:b + 3].lstrip(" ")
        spaced = text[a - 1] == " "
        if a not in found and (a - spaced in title_ends or (not spaced and a in spans_ending)
                               or after.startswith(tuple(rules.address_forms))
                               or b in after_posts or (text[b:b + 1] == " " and b + 1 in after_posts)):
            chain = title_chain(text, by_end, a - spaced, spans_ending, rules, ends=post_ends)
            found[a] = NameHit(a, b, chain, "latin")
    # a name then its title or rank: 范明政总理, 梁三光大将, 万通·贡马尼上将
    known_end |= {h.end: h.start for h in found.values()}
    all_title_ends = {t.end for t in titles}
    after_tails = tuple(rules.after_name_titles)  # (made once a page, not twice a title)
    after_ends: dict[int, NameHit] = {}  # where a post read after a name ends, and the name's hit
    for t in sorted(titles, key=attrgetter("start")):
        # a post may follow a name in full (梁强国家主席, 张某外交部长): its core is one that follows names
        if t.start in found:
            continue
        end = t.start
        # a second post listed after the first, then the clause goes on (邓某某副部长、大使 + 率领)
        prev = after_ends.get(end - 1) if end and text[end - 1] == _LIST_MARK else None
        # (a post in full too: 某某总书记、国家主席 + 一行)
        if prev is not None and (t.title in rules.after_name_titles or (
                t.kind == "post" and t.title.endswith(after_tails))) and \
                (t.end >= len(text) or text[t.end] in DELIMS or rules.stop_at(text, t.end) is not None):
            prev.titles.append((t.start, t.end))
            after_ends[t.end] = prev
            continue
        if t.title in rules.kin_words:
            _read_before_kin(text, t.start, rules, found, known_end, title_starts, overlapping)
            continue
        if not (t.title in rules.after_name_titles or
                (t.kind == "post" and t.title.endswith(after_tails))):
            # any post after a person's Latin gloss, its qualifiers read over (马某(Sunh A.) + 代理 + 代表)
            end -= next((len(w) for w in rules.title_openers if len(w) >= 2 and text.endswith(w, 0, end)), 0) \
                if text.endswith(rules.title_openers, 0, end) else 0
            if t.kind != "post" or not end or text[end - 1] != ")" or personal_gloss_before(text, end) is None:
                continue
        # an acting post (刁某代总领事, 某某代理大使): the name ends before the qualifier
        acting = next((len(w) for w in rules.acting_before_post if text.endswith(w, 0, end)), 0)
        end -= acting
        start = known_end.get(end)
        # a body's short name between a person and the post (王某某 + 政协 + 主席): the name ends before it
        body = next((w for w in _POST_BODIES if text.endswith(w, 0, end)), None) \
            if start is None and text.endswith(_POST_BODIES, 0, end) else None
        if body is not None:
            end -= len(body)
            start = known_end.get(end)
        # 马绍尔群岛海妮(Hilda C. Heine)总统: the gloss vouches for the name before it
        # (a name already read before the gloss is that name: 主席 + 森暖·赛雅拉(Sengnuon Saynhalat) + 上将)
        glossed_at = personal_gloss_before(text, end) if start is None and end and text[end - 1] == ")" else None
        if glossed_at is not None and glossed_at in known_end:  # 普旺 + (Phouvong Vongphom) + 少将
            start, end = known_end[glossed_at], glossed_at
        named = glossed_name_before(text, end, lambda k: k in spans_ending or k in all_title_ends or k in known_end,
                                    rules) if start is None and end and text[end - 1] == ")" else None
        if named and named[1] in known_end:
            start, end = known_end[named[1]], named[1]
        elif named and not overlapping(*named):
            start, end = named
        if start is None and text.endswith(_TERM_QUALIFIERS, 0, end):
            continue  # (fe2) 祝贺 + 候任总统: a term's qualifier stands before the post, no given name (贺候任)
        if start is None:
            start = read_name_before(text, end, rules, max(0, end - 5))
            if start is None:  # 落实 + 习某某 + 总书记: a leader's post vouches for the name before it
                start = read_name_before_sure(text, end, t.title, rules)
            if start is None:  # 。单某某 + 代办: a clause's opening name before a post, on a common surname
                start = read_name_opening_clause(text, end, rules)
            if start is not None and (overlapping(start, end) or any(a < start < b for a, b in known)
                                      or start in title_starts):
                start = None  # 王某某 + 政协: no name opens inside a known one, nor on a post (常委 + 同志)
            # 高平省委书记, 出任高平省省委书记: before a provincial or city post, a place's name
            if start is not None and (text[end - 1] in PLACE_ENDS or
                                      (t.title[0] in PLACE_ENDS and end - start == 2)
                                      or postnames.counted_countries_before(text, start, end)):  # (甘 + 两国 + 总统)
                start = None
        if start is None:
            continue
        start = postnames.joined_head(text, start, end, found)
        hit = found.get(start) or NameHit(start, end, [], "name+title")
        hit.titles.append((t.start - acting, t.end))  # (the qualifier is the post's: 代总领事)
        found[start] = hit
        after_ends[t.end] = hit
    # a name, its title perhaps, a verb of office and posts: 胡志明主席担任临时政府主席兼外交部长
    title_at = {t.start: t for t in titles}
    by_start = PostsByStart(titles)
    for hit in list(found.values()) + [NameHit(s, e, [], "known") for s, e in known] + _told_again(text, found, known):
        pos = hit.end
        while pos in title_at:
            pos = title_at[pos].end
        more = titles_after_verb(text, pos, by_start, rules)
        if more:
            hit = found.setdefault(hit.start, hit)
            hit.titles += [m for m in more if m not in hit.titles]
    # a name before a photo-position marker: 阮文台(左)和黎忠科(右)
    hits = _Hits(found)
    for _, at in found_words(text, rules.photo_markers):
        for k in at:
            if hits.ends_after(k) or k in known_end:
                continue
            start = read_name_before(text, k, rules, max(0, k - 4))
            if start is not None:
                start = _transliterated_from(text, start, k, rules)
            if start is not None and not overlapping(start, k):
                hits.put(NameHit(start, k, [], "photo"))
    # a name after the label of a credit line: 编辑:唐志强, 责编:赵滢溪 (a surname opens it)
    for w, at in found_words(text, rules.credit_labels):
        for k in at:
            i = k + len(w)
            stop = known_at.get(i) or read_name_after(text, i, rules, blocked)
            if stop is not None and i not in found and surname_led(text[i:stop], rules) and \
                    not overlapping(i, stop):
                found[i] = NameHit(i, stop, [], "credit")
    # a name that is a sentence's whole subject before a verb of speech: 。何炜表示, / \n黄俊英说
    # a name glossed a syllable a word (高官 + 郑某某(Trinh Xuan Thanh)): the gloss tells its length
    for k, end in syllable_glossed(text, rules):
        if k not in found and not hits.ends_after(k + 1) and not overlapping(k, end) and \
                not any(k < b and a < end for a, b in known):
            hits.put(NameHit(k, end, [], "gloss"))
    for k, end in subject_names(text, rules) + object_names(text, rules, blocked) + partner_names(text, rules):
        if k in found or overlapping(k, end) or hits.ends_after(k + 1) or \
                any(k < b and a < end for a, b in known) or not title_starts.isdisjoint(range(k, end)):
            continue  # a known person, or a surname with a title (阮总理表示)
        found[k] = NameHit(k, end, [], "subject")
    return sorted(found.values(), key=attrgetter("start"))


# bodies written by a short word between a person's name and the post (王某某 + 政协 + 主席)
_POST_BODIES = tuple(read_word("post_body_words"))
# the qualifiers of a post's term (新任, 候任, 时任, 首任: title_openers ending in 任)
_TERM_QUALIFIERS = tuple(w for w in name_rules().title_openers if len(w) == 2 and w.endswith("任"))


class _Hits:
    """The names found so far by start, kept in step with `found`, for "does a name hold the place
    just before k" (h.start < k <= h.end) without a pass over every name of the page."""

    def __init__(self, found: dict[int, NameHit]) -> None:
        self.found = found
        self._starts = sorted(found)
        self._widest = max((h.end - h.start for h in found.values()), default=0)

    def ends_after(self, k: int) -> bool:
        near = self._starts[bisect_left(self._starts, k - self._widest):bisect_left(self._starts, k)]
        return any(self.found[s].start < k <= self.found[s].end for s in near)

    def put(self, hit: NameHit) -> None:
        if hit.start not in self.found:
            insort(self._starts, hit.start)
        self.found[hit.start] = hit
        self._widest = max(self._widest, hit.end - hit.start)


def _transliterated_from(text: str, start: int, end: int, rules: NameRules) -> int:
    """The start of a transliterated name of up to seven characters that punctuation opens, where a
    shorter reading ends inside it (、奥 + 金克洛斯 + (右三): 金 is also a surname); else `start`."""
    s = start
    while s > 0 and end - s < 7 and text[s - 1] in rules.transliteration:
        s -= 1
    if s < start and (s == 0 or text[s - 1] in DELIMS) and all(c in rules.transliteration for c in text[s:end]):
        return s
    return start


def _after_honorific(text: str, i: int, blocked: set[int], rules: NameRules) -> int | None:
    """The end of a name in transliteration characters after an honour (拿督斯里 + 旺阿兹莎 + 乘搭):
    the honour vouches for a name, so it runs as far as those characters do (two to nine), where no
    title or known name and no stop word begins inside it; else None."""
    k = i
    while k < len(text) and k - i < 9 and text[k] in rules.transliteration and (k == i or (
            k not in blocked and not rules.stop_at(text, k))):
        k += 1
    if k - i >= 2:
        return k
    # (en33) a short name outside the table (拿督斯里 + 安然 + 及): two or three characters the honour vouches
    # for, where a stop word, a title or punctuation closes them
    k = i
    while k < len(text) and k - i < 4 and is_han(text[k]) and (k == i or (k not in blocked and not rules.stop_at(text, k))):
        k += 1
    closed = k >= len(text) or not is_han(text[k]) or k in blocked or rules.stop_at(text, k) is not None
    return k if 2 <= k - i <= 3 and closed and rules.stop_at(text, i) is None else None


def _read_before_kin(text: str, at: int, rules: NameRules, found: dict[int, NameHit], known_end: dict[int, int],
                     title_starts: set[int], overlapping: Callable[[int, int], list[tuple[int, int]]]) -> None:
    """The person a kin word is stated of, right before it or before 的/和 (某某遗孀 + 某某, 某某的妻子 +
    某某, 某某和妻子 + 某某): named, with no post (the kin word names the one after it)."""
    end = at - 1 if at and text[at - 1] in _KIN_LINKS else at
    if end in known_end:
        return
    start = read_name_before(text, end, rules, max(0, end - 5))
    if start is None or start in found or start in title_starts or overlapping(start, end):
        return
    found[start] = NameHit(start, end, [], "name+kin")


def _told_again(text: str, found: dict[int, NameHit], known: list[tuple[int, int]]) -> list[NameHit]:
    """The later places of the names read with a title (…和范平明当选中央政治局委员): a verb of office
    after one gives the person posts there too, where the knowledge base knows no one (not inside
    another name read or known)."""
    names = {text[h.start:h.end] for h in found.values() if h.titles and h.end - h.start >= 2}
    spans = sorted([(h.start, h.end) for h in found.values()] + list(known))
    starts = [a for a, _ in spans]

    def inside(k: int, e: int) -> bool:
        i = bisect_left(starts, e)
        return any(a < e and k < b for a, b in spans[max(0, i - 8):i])

    return [NameHit(k, k + len(n), [], "again") for n in sorted(names) for k in find_all(text, n)
            if k not in found and k + len(n) < len(text) and not inside(k, k + len(n))]
