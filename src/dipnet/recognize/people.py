"""Rules for the people the knowledge base does not know — most people in real news: a name after a
title (越共中央总书记苏林), before one (范明政总理), a foreign name joined by middle dots, a name
before a photo-position marker (X(左)), and the title chains that state their posts
(越共中央政治局委员、公安部部长梁三光大将)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass

from dipnet.recognize.dotted import dotted_names
from dipnet.recognize.gloss import gloss_backed, glossed_after_title
from dipnet.recognize.lexicon import NameRules
from dipnet.recognize.scan import found_words

_DELIMS = set("、，,。;；:：!！?？“”‘’\"'()（）《》〈〉【】[]「」 \n\t—")
# the words that end an administrative place's name (高平省): no name read by rule ends in one
_PLACE_ENDS = frozenset("省市县州郡")
# two to four capitalized Latin words between Chinese characters (not a gloss in brackets)
_LATIN_NAME = re.compile(r"(?<=[\u4e00-\u9fff])[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}(?= ?[\u4e00-\u9fff、,，。])")
# words that follow a visitor's name: his party or spouse (普京一行, 阮春福夫妇)
_PARTY_WORDS = ("一行", "夫妇")
_PERSONAL_ADDRESS = ("先生", "女士")
# what opens a sentence or clause, before a subject name (。何炜表示)
_SENTENCE_OPEN = frozenset("。!！?？;；\n,，:：”」")
# characters that end a body's or place's name, never a person's (林业部, 河内市, 越方)
_BODY_ENDS = frozenset("部局署厅院会委处党团军省市县州方国府司社队")
# one-character stops that join two names (阮和黄副总理): inside a name only where punctuation opens it
_CONJUNCTIONS = frozenset("和与及同并向对在于")
_REGNAL = re.compile(r"[一二三四五六七八九十]+世$")


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


@dataclass
class TitleHit:
    start: int
    end: int
    title: str
    kind: str  # post | rank | honorific


@dataclass
class NameHit:
    start: int
    end: int
    titles: list[tuple[int, int]]  # spans of the full titles stated with it
    how: str


def _surname_led(name: str, rules: NameRules) -> bool:
    return bool(name) and (name[0] in rules.surnames or rules.compound_surnames.at(name, 0) is not None)


def read_name_after(text: str, i: int, rules: NameRules, blocked: set[int],
                    rank_starts: set[int] | None = None) -> int | None:
    """End of a (non-dotted) personal name starting at text[i], or None. `blocked` are starts of
    titles and known names, where a name cannot run on; `rank_starts`, where military ranks begin:
    a one-character stop word right before one is the name's last character (魏某和 + 上将), as a
    rank follows a name and joins none."""
    if i >= len(text) or text[i] in rules.not_in_name or text[i] in _DELIMS or rules.stop_at(text, i):
        return None
    if not is_han(text[i]):
        return None
    def clean_end(k: int) -> bool:
        return k >= len(text) or text[k] in _DELIMS or k in blocked or rules.stop_at(text, k) is not None

    start_len = len(rules.compound_surnames.at(text, i) or "")
    max_len = 4 if start_len == 2 else 3
    j = i + max(start_len, 1)
    limit = 5 if text[i] in rules.transliteration and text[i] not in rules.surnames else 4
    while j < len(text) and j - i < limit:
        ch = text[j]
        if rank_starts and j - i == 2 and j + 1 in rank_starts and len(rules.stop_at(text, j) or "") == 1:
            j += 1  # 和 before 上将 joins no two names: a title, not a name, follows it
            break
        # right after a one-character surname a one-character stop is a given name's character
        # (张又侠, 秦刚): a surname alone is no name for a verb to follow
        if j == i + 1 and start_len == 0 and text[i] in rules.surnames and len(rules.stop_at(text, j) or "") == 1 \
                and j not in blocked and (j + 1 >= len(text) or is_han(text[j + 1]) or text[j + 1] in _DELIMS):
            j += 1
            continue
        # 雒树 + 刚 + 会见 (or punctuation): a given name's last character that is also a one-character stop
        # 严介 + 和 + 先生: before 先生 or 女士 any one-character stop is the name's last character (not
        # before 夫人: 苏林和夫人 is the leader and his wife)
        if j == i + 2 and start_len == 0 and text[i] in rules.surnames and len(rules.stop_at(text, j) or "") == 1 \
                and text.startswith(_PERSONAL_ADDRESS, j + 1):
            j += 1
            break
        if j == i + 2 and start_len == 0 and ch in rules.given_name_finals and text[i] in rules.surnames \
                and (j + 1 >= len(text) or text[j + 1] in _DELIMS or len(rules.stop_at(text, j + 1) or "") >= 2):
            j += 1
            break
        if ch in rules.not_in_name or ch in _DELIMS or j in blocked or rules.stop_at(text, j) or not is_han(ch):
            break
        j += 1
    # a foreign name in transliteration characters that visibly ends (马特维延科(V.I.Matvienko), 罗德里格斯、)
    # is read whole, up to seven characters, even where its first character is also a surname
    k = i
    while k < len(text) and k - i < 7 and text[k] in rules.transliteration and k not in blocked and \
            not (k > i and rules.stop_at(text, k)):
        k += 1
    if k - i >= 4 and clean_end(k):
        return k
    # five characters only for a transliterated foreign name that visibly ends there (维斯特奇尔)
    if j - i == 5 and not (all(c in rules.transliteration for c in text[i:j]) and clean_end(j)):
        j -= 1
    # four characters (伊藤直树, a compound surname) or a run that visibly ends there
    if j - i == 4 and max_len == 3 and not clean_end(j):
        j -= 1
    if j - i < 2:
        return None
    return j


def read_name_before(text: str, end: int, rules: NameRules, left_bound: int) -> int | None:
    """Start of a surname-led name ending at `end` (范明政总理 → 范明政), or None."""
    # the stop words starting in the last four characters, read once for the three lengths tried
    stops = {k: rules.stop_at(text, k) for k in range(max(left_bound, end - 4, 0), end)}
    for length in (3, 2, 4):
        s = end - length
        if s < left_bound:
            continue
        cand = text[s:end]
        if any(c in rules.not_in_name or c in _DELIMS or not is_han(c) for c in cand):
            continue
        if cand in rules.whole_after_place or rules.ends_in_org_suffix(cand) or cand in rules.title_openers or \
                cand in rules.subject_non_names:  # 高校 + 校长: the schools' heads, no one named 高校
            continue  # 武装部队总司令: a body before its post, not a name; 常务 + 副书记 qualifies the post
        before = text[s - 1] if s > 0 else "\n"
        # a body's name may stand right before the person's (东方语学院 + 严某 + 院长)
        boundary = s == left_bound or before in _DELIMS or rules.stop_at_end(text, s) or \
            rules.ends_in_org_suffix(text[max(0, s - 4):s]) or \
            (before in rules.body_end_chars and s >= 2 and is_han(text[s - 2]) and length == 3)
        # a one-character stop inside a name that punctuation opens is a given name's character
        # (张和平副总理: 和 is Hòa); after a word it would join two names (总理和黄副总理)
        inner = [k for k in range(s, end) if stops[k]]
        inner_ok = not inner or (length == 3 and all(s < k < end - 1 and len(stops[k] or "") == 1
                                                     and (before in _DELIMS or text[k] not in _CONJUNCTIONS)
                                                     for k in inner))
        if _surname_led(cand, rules) and boundary and inner_ok:
            return s
        # a foreign name in transliteration characters that punctuation opens (、瓦埃亚勋爵)
        if before in _DELIMS and not inner and all(c in rules.transliteration for c in cand):
            return s
    return None


def _plausible(name: str, title: str, rules: NameRules) -> bool:
    """A name read after a title: after a title that is also a plain noun (代表, 记者, 国会代表) it
    must open with a surname; it never ends in an organization's suffix."""
    if rules.ends_in_org_suffix(name) or rules.stop_at(name, 0):
        return False
    if _surname_led(name, rules):
        return True
    if title in rules.weak_titles or any(title.endswith(w) for w in rules.weak_titles):
        return False
    name = _REGNAL.sub("", name) or name  # 查理三世: a regnal number closes a monarch's name
    return all(c in rules.transliteration for c in name)  # 维斯特奇尔, not 活动 or 转达


def title_phrase_start(text: str, t: TitleHit, spans_ending: dict[int, int], rules: NameRules) -> int:
    """Extend a title leftwards over the bodies and places that qualify it (越南驻古巴 + 大使)."""
    s = t.start
    while s > 0:
        if s in spans_ending:  # a named body, country or place ends here
            s = spans_ending[s]
            continue
        opener = next((w for w in rules.title_openers if text.endswith(w, 0, s)), None)
        if opener:
            s -= len(opener)
            continue
        break
    return s


def _body_before(text: str, s: int, rules: NameRules, floor: int) -> int:
    """A body not yet recognized may qualify a title (中央宣教与民运部 + 部长, 企业协会常务委员会 +
    委员): back to the nearest boundary when the words between end in an organization suffix and
    hold no stop word but the 与 that joins two fields of one body."""
    b = s
    while b > floor and b > s - 16 and (is_han(text[b - 1]) or text[b - 1] in "-·") and \
            text[b - 1] not in rules.title_joiners:
        b -= 1
    gap = text[b:s]
    if not gap or any(rules.stop_at(gap, k) not in (None, "与") for k in range(1, len(gap))):
        return s
    # between two posts of a chain (、人事小组 + 组长) any qualifier belongs to the post
    after_joiner = b > 0 and text[b - 1] in rules.title_joiners and len(gap) <= 8
    if not after_joiner and not any(gap.endswith(x) for x in rules.org_suffixes):
        return s
    return b


def title_chain(text: str, hits_by_end: dict[int, TitleHit], name_start: int, spans_ending: dict[int, int],
                rules: NameRules, floor: int = 0, ends: list[int] | None = None) -> list[tuple[int, int]]:
    """The titles stated right before a name, as full phrases, nearest last. `ends`: the keys of
    hits_by_end sorted, where the caller asks for many names (the last title end before a phrase
    is then a bisection, not a pass over every title of the page)."""
    ends = sorted(hits_by_end) if ends is None else ends
    chain: list[tuple[int, int]] = []
    pos = name_start
    while pos in hits_by_end:
        t = hits_by_end[pos]
        s = title_phrase_start(text, t, spans_ending, rules)
        k = bisect_right(ends, s)
        s = _body_before(text, s, rules, max(floor, ends[k - 1] if k else 0))
        chain.insert(0, (s, t.end))
        joiner = next((j for j in rules.title_joiners if text.endswith(j, 0, s)), None)
        if not joiner:
            break
        pos = s - len(joiner)
    return chain


class PostsByStart:
    """Titles other than ranks by start, for "the first listed post starting in [a, b]" (ties and
    order as in the list) by bisection."""

    def __init__(self, titles: list[TitleHit]) -> None:
        self._rows = sorted((t.start, i) for i, t in enumerate(titles) if t.kind != "rank")
        self._starts = [s for s, _ in self._rows]
        self._titles = titles

    def first(self, a: int, b: int) -> TitleHit | None:
        rows = self._rows[bisect_left(self._starts, a):bisect_right(self._starts, b)]
        return self._titles[min(i for _, i in rows)] if rows else None


def titles_after_verb(text: str, pos: int, titles: PostsByStart, rules: NameRules) -> list[tuple[int, int]]:
    """The posts a name takes by a verb of office: 胡志明主席担任临时政府主席兼外交部长."""
    verb = next((v for v in rules.office_verbs if text.startswith(v, pos)), None)
    if verb is None:
        return []
    pos += len(verb)
    out: list[tuple[int, int]] = []
    while True:
        t = titles.first(pos, pos + 12)
        if t is None or any(c in _DELIMS for c in text[pos:t.start]) or \
                any(rules.stop_at(text, k) not in (None, "与") for k in range(pos, t.start)):
            break
        gap = text[pos:t.start]
        if out and gap and not any(gap.endswith(x) for x in rules.org_suffixes):
            break  # after 、 a new name may begin (当选汤加王国总理、瓦埃亚勋爵当选…)
        out.append((pos, t.end))
        joiner = next((j for j in ("兼", "、") if text.startswith(j, t.end)), None)
        if joiner is None:
            break
        pos = t.end + len(joiner)
    return out


def find_people(text: str, titles: list[TitleHit], known: list[tuple[int, int]], spans_ending: dict[int, int],
                rules: NameRules) -> list[NameHit]:
    """People stated with titles or written as foreign names; `known` are spans already recognized
    (names from the knowledge base), which are not re-read but still get their titles."""
    named_spans = sorted({(s, e) for e, s in spans_ending.items()})
    starts = [s for s, _ in named_spans]
    longest = max((e - s for s, e in named_spans), default=0)

    def overlapping(a: int, b: int) -> list[tuple[int, int]]:
        return [(s, e) for s, e in named_spans[bisect_left(starts, a - longest):bisect_left(starts, b)] if e > a]

    # a title inside a known body or country is no title (苏丹 in 南苏丹); one that runs on past a
    # body's end is (外交部 + 部长)
    titles = [t for t in titles if not any((s <= t.start and t.end <= e and (s, e) != (t.start, t.end))
                                           or (t.start < s < t.end < e) for s, e in overlapping(t.start, t.end))]
    # a title that begins inside a body's name is stated of that body (印尼国防部 + 部长): the
    # phrase runs from the body's start
    spans_ending = dict(spans_ending)
    for t in titles:
        for s, e in overlapping(t.start, t.end):
            if s < t.start < e < t.end:
                spans_ending[t.start] = s
    # a title that runs into an organization's suffix is part of its name (委员 in 工作委员会)
    org_at, org_firsts = rules.org_suffixes.at, rules.org_suffixes.firsts
    titles = [t for t in titles if not any(text[k] in org_firsts and org_at(text, k, min_end=t.end + 1)
                                           for k in range(t.start, t.end))]
    posts = [t for t in titles if t.kind != "rank"]
    by_end = {t.end: t for t in posts}
    title_starts = {t.start for t in titles}
    blocked = title_starts | {s for s, _ in known}
    rank_starts = {t.start for t in titles if t.kind == "rank"}
    # a KB name inside a dotted run is no cut (英拉 in 英拉万·乔本潘, 拉萨 in 蒙昆·素拉萨)
    cut_before = {t.end for t in titles} | set(spans_ending)
    cut_before |= {k + len(w) for w, at in found_words(text, rules.name_preceders) for k in at}
    dotted = dotted_names(text, rules, cut_before, title_starts, set(named_spans),
                          soft={e: s for s, e in named_spans}, title_ends={t.end for t in titles})
    known_at = dict(known) | dict(dotted)
    known_end = {e: s for s, e in known_at.items()}
    found: dict[int, NameHit] = {}
    post_ends = sorted(by_end)
    for s, e in dotted:
        found[s] = NameHit(s, e, [], "dotted")
    for t in posts:
        i = t.end
        # 胡志明主席创建…: the title follows a name, so no name follows it; but a spouse's word
        # names the spouse after it (习近平夫人 + 彭丽媛)
        if t.start in known_end and t.title not in rules.spouse_words:
            continue
        glossed = gloss_backed(text, i, blocked, overlapping, rules)
        if i in known_at:
            end = known_at[i]
        elif glossed:  # 总裁 + 李在镕(Lee Jae Yong): the gloss vouches for the name whatever its characters
            end = glossed
        else:
            end = read_name_after(text, i, rules, blocked, rank_starts)  # type: ignore[assignment]
            if end is None or not (_plausible(text[i:end], t.title, rules) or glossed_after_title(text, i, end, rules)):
                continue
            # 时任美国总统: 任美国 is no name; but a Vietnamese given name may be a place's name
            # (主席范红河向…: 红河 after the surname 范)
            inner = overlapping(i, end)
            if inner and not (end - i == 3 and _surname_led(text[i:end], rules) and inner == [(i + 1, end)]
                              and (end >= len(text) or text[end] in _DELIMS or rules.stop_at(text, end)
                                   or not is_han(text[end]))):  # 黎青海7日: a date after the name
                continue
        chain = title_chain(text, by_end, i, spans_ending, rules, ends=post_ends)
        hit = found.get(i)
        if hit is None or hit.end != end:
            hit = NameHit(i, end, [], "title+name")
            found[i] = hit
        hit.titles[:0] = [c for c in chain if c not in hit.titles]
    # a name then its title or rank: 范明政总理, 梁三光大将, 万通·贡马尼上将
    known_end |= {h.end: h.start for h in found.values()}
    for t in titles:
        # a post may follow a name in full (梁强国家主席, 张某外交部长): its core is one that follows names
        if t.start in found or not (t.title in rules.after_name_titles or
                                    (t.kind == "post" and t.title.endswith(tuple(rules.after_name_titles)))):
            continue
        end = t.start
        start = known_end.get(end)
        if start is None:
            start = read_name_before(text, end, rules, max(0, end - 5))
            if start is not None and overlapping(start, end):
                start = None
            # 高平省委书记, 出任高平省省委书记: before a provincial or city post, a place's name
            if start is not None and (text[end - 1] in _PLACE_ENDS or
                                      (t.title[0] in _PLACE_ENDS and end - start == 2)):
                start = None
        if start is None:
            continue
        hit = found.get(start) or NameHit(start, end, [], "name+title")
        hit.titles.append((t.start, t.end))
        found[start] = hit
    # a name, its title perhaps, a verb of office and posts: 胡志明主席担任临时政府主席兼外交部长
    title_at = {t.start: t for t in titles}
    by_start = PostsByStart(titles)
    for hit in list(found.values()) + [NameHit(s, e, [], "known") for s, e in known]:
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
            if start is not None and not overlapping(start, k):
                hits.put(NameHit(start, k, [], "photo"))
    # a name after the label of a credit line: 编辑:唐志强, 责编:赵滢溪 (a surname opens it)
    for w, at in found_words(text, rules.credit_labels):
        for k in at:
            i = k + len(w)
            stop = known_at.get(i) or read_name_after(text, i, rules, blocked)
            if stop is not None and i not in found and _surname_led(text[i:stop], rules) and \
                    not overlapping(i, stop):
                found[i] = NameHit(i, stop, [], "credit")
    # a name that is a sentence's whole subject before a verb of speech: 。何炜表示, / \n黄俊英说
    # a name in Latin letters inline after a post or a body, or before a form of address:
    # 党首Kazuo Shii向…, 主任El Orani Slimane、, 向Thongvive Phomvihane 女士转达
    title_ends = {t.end for t in titles}
    for m in _LATIN_NAME.finditer(text):
        a, b = m.start(), m.end()
        after = text[b:b + 3].lstrip(" ")
        if a not in found and (a in title_ends or a in spans_ending or after.startswith(tuple(rules.address_forms))):
            found[a] = NameHit(a, b, [], "latin")
    for k, end in subject_names(text, rules) + object_names(text, rules, blocked):
        if k in found or overlapping(k, end) or hits.ends_after(k + 1) or \
                any(k < b and a < end for a, b in known) or any(x in title_starts for x in range(k, end)):
            continue  # a known person, or a surname with a title (阮总理表示)
        found[k] = NameHit(k, end, [], "subject")
    return sorted(found.values(), key=lambda h: h.start)


_DATE_BEFORE = re.compile(r"(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚)?$")


def subject_names(text: str, rules: NameRules) -> list[tuple[int, int]]:
    """Spans of surname-led names of two to three characters (four with a compound surname) that
    stand alone between a sentence's or clause's start and a verb of speech (。王毅表示), or before
    一行/夫妇 (欢迎普京一行, transliterated names too); a body (林业部表示) or a place (河内市指出)
    ends in its word and is none."""
    out = []
    for verb, at in found_words(text, (*rules.subject_verbs, *_PARTY_WORDS)):
        for v0 in at:
            # a date may stand between the name and its verb (阮某某10月20日表示)
            dated = _DATE_BEFORE.search(text, max(0, v0 - 12), v0) if verb not in _PARTY_WORDS else None
            v = dated.start() if dated else v0
            for length in (3, 2, 4):
                k = v - length
                # a sentence opens the name; before 一行 or 夫妇 a verb may (欢迎普京一行); so does the
                # body he speaks for before a dated verb (庆和省外事厅 + 阮某某 + 10月20日表示)
                if k < 0 or not (k == 0 or text[k - 1] in _SENTENCE_OPEN or
                                 (verb in _PARTY_WORDS and rules.stop_at_end(text, k)) or
                                 (dated and (rules.ends_in_org_suffix(text[max(0, k - 4):k])
                                            or text[k - 1] in rules.body_end_chars))):
                    continue
                name = text[k:v]
                if not all(is_han(c) and c not in rules.not_in_name for c in name) or name[-1] in _BODY_ENDS:
                    continue
                if length == 4 and rules.compound_surnames.at(name, 0) is None:
                    continue
                led = _surname_led(name, rules) or \
                    (verb in _PARTY_WORDS and all(c in rules.transliteration for c in name))
                if led and not any(rules.stop_at(text, x) for x in range(k, v)) and \
                        not rules.ends_in_org_suffix(name) and name not in rules.subject_non_names:
                    out.append((k, v))
                    break
    return out


def object_names(text: str, rules: NameRules, blocked: set[int]) -> list[tuple[int, int]]:
    """Spans of names right after a verb of meeting or message (致电拜登,, 祝贺奥巴马当选): surname-led
    or transliterated, two to four characters, visibly ending at punctuation, a stop word or a title."""
    out = []
    for verb, at in found_words(text, rules.object_verbs):
        for v in at:
            i = v + len(verb)
            if text.startswith("了", i):
                i += 1
            end = read_name_after(text, i, rules, blocked)
            if end is None or not 2 <= end - i <= 4:
                continue
            name = text[i:end]
            clean = end >= len(text) or text[end] in _DELIMS or end in blocked or rules.stop_at(text, end)
            if clean and name[-1] not in _BODY_ENDS and name not in rules.subject_non_names and \
                    not rules.ends_in_org_suffix(name) and \
                    (_surname_led(name, rules) or all(c in rules.transliteration for c in name)):
                out.append((i, end))
    return out


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
