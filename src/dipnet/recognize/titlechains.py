"""The posts stated with a name: the title chain before it (越共中央政治局委员、公安部部长 + 梁三光),
each title widened over the bodies and places that qualify it, and posts taken by a verb of office
after it (当选…主席兼外交部长)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from dipnet.recognize import postnames
from dipnet.recognize.lexicon import NameRules, read_word
from dipnet.recognize.namereads import DELIMS, TitleHit
from dipnet.recognize.postnames import _ENUM, _FIELD_WORDS, FIELD_JOINERS, field_before, third_field

# adverbs that open a verb's phrase, never a body's name (names.toml)
_BODY_NON_OPENERS = tuple(read_word("body_non_openers"))
# words that open a title only where a name ends right before them (印尼 + 新 + 总统; names.toml)
_OPENERS_AFTER_NAME = tuple(read_word("title_openers_after_name"))
# the words of a body's branch or section (names.toml's branch_suffixes: 分会, 分部 …)
_BRANCH_WORDS = tuple(read_word("branch_suffixes"))


def title_phrase_start(text: str, t: TitleHit, spans_ending: dict[int, int], rules: NameRules) -> int:
    """Extend a title leftwards over the bodies and places that qualify it (越南驻古巴 + 大使)."""
    s = t.start
    while s > 0:
        if s in spans_ending:  # a named body, country or place ends here
            s = spans_ending[s]
            continue
        # a country's side (越 + 方 + 主席: the Vietnamese chair of a joint committee)
        if s > 1 and s - 1 in spans_ending and rules.single_suffixes.at(text, s - 1) == text[s - 1]:
            s = spans_ending[s - 1]
            continue
        # a country's section of a joint body (越南-古巴政府间联合委员会 + 越南 + 分会 + 主席)
        branch = next((w for w in _BRANCH_WORDS if text.endswith(w, 0, s) and s - len(w) in spans_ending), None)
        if branch:
            s = spans_ending[s - len(branch)]
            continue
        opener = next((w for w in rules.title_openers_by_last.get(text[s - 1], ()) if text.endswith(w, 0, s)), None)
        if opener:
            s -= len(opener)
            continue
        # 新 (新当选) before a post names its land only with the land right before it: 印尼新总统某某 is
        # 印尼's president, as 印尼新任总统 is; 创新 + 大臣 holds no such word
        after_name = next((w for w in _OPENERS_AFTER_NAME if text.endswith(w, 0, s) and s - len(w) in spans_ending), None)
        if after_name:
            s -= len(after_name)
            continue
        # a paper named in angle quotes, and its house word (越南《人民报》社 + 总编辑)
        quoted = _quoted_paper_start(text, s)
        if quoted is not None:
            s = quoted
            continue
        break
    return s


_PAPER_HOUSE = "社"  # 《人民报》社: the paper's house
_QUOTED_REACH = 12


def _quoted_paper_start(text: str, s: int) -> int | None:
    """Where a paper's title in 《》 (with its house word 社 after) that ends right before text[s]
    opens, or None."""
    e = s - 1 if s > 1 and text[s - 1] == _PAPER_HOUSE else s
    if e < 1 or text[e - 1] != "》":
        return None
    o = text.rfind("《", max(0, e - _QUOTED_REACH), e - 1)
    if o == -1 or not DELIMS.isdisjoint(text[o + 1:e - 1]):
        return None
    return o


def _body_before(text: str, s: int, rules: NameRules, floor: int, named_floor: bool = False) -> int:
    """A body not yet recognized may qualify a title (中央宣教与民运部 + 部长, 企业协会常务委员会 +
    委员): back to the nearest boundary when the words between end in an organization suffix and
    hold no stop word but the 与 that joins two fields of one body."""
    b = s
    while b > floor and b > s - 16 and ("\u4e00" <= text[b - 1] <= "\u9fff" or text[b - 1] in "-·") and \
            text[b - 1] not in rules.title_joiners:
        b -= 1
    b = field_before(text, b, s, rules, floor, named_floor)
    # a first field listed before two joined inside the words (文化 + 、 + 体育与旅游部 + 部长)
    if b > 0 and text[b - 1] == _ENUM and any(j in text[b:s] for j in FIELD_JOINERS):
        b = third_field(text, b, rules, floor, named_floor)
    gap = text[b:s]
    # a stop word inside the body's own word is none (会 in 友好协会), nor one that opens a field's
    # word (能 in 能源: 能源和矿产部 + 部长)
    if not gap or any(rules.stop_at(gap, k) not in (None, "与") + FIELD_JOINERS and not gap.startswith(_FIELD_WORDS, k)
                      for k in range(1, len(gap) - rules.org_suffixes.longest_ending(gap, len(gap)))):
        return s
    # between two posts of a chain (、人事小组 + 组长) any qualifier belongs to the post
    after_joiner = b > 0 and text[b - 1] in rules.title_joiners and len(gap) <= 8
    # no body's name opens with an adverb (阿联酋 + 已 + 指派投资部 + 部长: the country's verb, no body)
    if gap.startswith(_BODY_NON_OPENERS) and not after_joiner:
        return s
    # (the post may open on the body's last character where two fields or four characters name the
    # body: 水利和林业 + 部长)
    contracted = s < len(text) and text[s] in rules.body_end_chars and rules.org_suffixes.ends_at(text, s + 1) \
        and (len(gap) >= 4 or any(c in FIELD_JOINERS for c in gap))
    if not after_joiner and not rules.org_suffixes.ends_at(gap, len(gap)) and not contracted:
        return s
    return b


# how far back a chain's joiner may stand before a post whose qualifier the readers above do not take
_CHAIN_QUALIFIER_REACH = 20


def _qualified_in_chain(text: str, s: int, hits_by_end: dict[int, TitleHit], spans_ending: dict[int, int],
                        rules: NameRules) -> int:
    """Where a post's phrase opens when a chain's 、 or 兼 stands after another post some words before
    it and the words between qualify it, whatever words they hold: a body, ending in a body's word
    (委员、 + 全国协调委员会 + 委员) or holding a named one (第一副主席、 + 联邦委员会与越南国会合作小组 +
    主席), or another's post (部长、 + 某某总书记 + 特使; 委员、 + 中央外事工作委员会办公室主任 + 外交部长);
    else `s`."""
    lo = max(0, s - _CHAIN_QUALIFIER_REACH - 1)  # (the joiner stands in text[lo:s-1], or none is found below)
    if text.find(rules.title_joiners[0], lo, s - 1) < 0 and text.find(rules.title_joiners[1], lo, s - 1) < 0:
        return s
    k = s
    while k > 0 and s - k < _CHAIN_QUALIFIER_REACH and "\u4e00" <= text[k - 1] <= "\u9fff" and \
            text[k - 1] not in rules.title_joiners:
        k -= 1
    if k == s or k < 2 or text[k - 1] not in rules.title_joiners[:2] or k - 1 not in hits_by_end:
        return s
    # no post ends between (国防部长 + 某某大将会见了 + 中共中央 + 委员: the 、 is another person's chain)
    if any(e in hits_by_end for e in range(k + 1, s)):
        return s
    named = any(e in spans_ending and spans_ending[e] >= k for e in range(k + 2, s + 1))
    return k if rules.org_suffixes.ends_at(text, s) or s in hits_by_end or named else s


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
        # where no body is read back, or one whose post opens on its last character runs over a named
        # country or place, the body opens right after that name, which opens the phrase (老挝 +
        # 水利和林业部 + 部长)
        low = max(floor, ends[k - 1] if k else 0)
        b = _body_before(text, s, rules, low)
        named = next((e for e in range(s - 1, max(low, s - 16), -1) if e in spans_ending), 0)
        # (、 + 中越友好小组 + 组长): after a chain's 、 or 兼 the whole qualifier, a name inside it too, is the
        # post's (not after 和/及, which may join two fields of one body: 东亚及 + 太平洋事务 + 助理国务卿)
        joined = 0 < b < named and text[b - 1] in rules.title_joiners[:2] and s - b <= 8
        if named and not joined and (b == s or (b < named and not rules.org_suffixes.ends_at(text, s))):
            b = spans_ending[named] if _body_before(text, s, rules, named, named_floor=True) == named else s
        elif named and any(j in text[b:s] for j in FIELD_JOINERS) and (
                (b == named and _ENUM in text[b:s]) or (b > named and text[b - 1] == _ENUM and 2 <= b - 1 - named <= 4
                                                         and not any(rules.stop_at(text, x) for x in range(named, b - 1)))):
            b = spans_ending[named]  # 莫桑比克 + 海洋 + 、 + 内水和渔业部 + 部长: the fields open after the country
        s = b
        if chain and postnames.counted_post(text, s):  # 31位外长、秘书长某某: the counted post is many people's
            break
        if not text.endswith(rules.title_joiners, 0, s) and t.title not in rules.address_forms:
            s = _qualified_in_chain(text, s, hits_by_end, spans_ending, rules)
        chain.insert(0, (s, t.end))
        joiner = next((j for j in rules.title_joiners if text.endswith(j, 0, s)), None) \
            if text.endswith(rules.title_joiners, 0, s) else None
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
    while text.startswith(postnames.OFFICE_ADVERBS, pos):  # 再次 + 当选, 曾 + 先后 + 担任
        pos += next(len(a) for a in postnames.OFFICE_ADVERBS if text.startswith(a, pos))
    verb = next((v for v in rules.office_verbs_by_first.get(text[pos], ()) if text.startswith(v, pos)), None) \
        if pos < len(text) else None
    if verb is None:
        return []
    pos += len(verb)
    out: list[tuple[int, int]] = []
    while True:
        t = titles.first(pos, pos + 12)
        if t is None or not DELIMS.isdisjoint(text[pos:t.start]) or \
                any(rules.stop_at(text, k) not in (None, "与") for k in range(pos, t.start)):
            break
        gap = text[pos:t.start]
        if out and gap and not rules.org_suffixes.ends_at(gap, len(gap)):
            break  # after 、 a new name may begin (当选汤加王国总理、瓦埃亚勋爵当选…)
        out.append((pos, t.end))
        joiner = next((j for j in ("兼", "、") if text.startswith(j, t.end)), None)
        if joiner is None:
            # 和/及 join the verb's last post only to a post right after it (担任卫生部长和外交部长)
            joiner = next((j for j in ("和", "及") if text.startswith(j, t.end)), None)
            if joiner is None or (titles.first(t.end + 1, t.end + 1) is None and
                                  not _org_then_post(text, t.end + 1, titles, rules)):
                break
        pos = t.end + len(joiner)
    return out


def _org_then_post(text: str, pos: int, titles: PostsByStart, rules: NameRules) -> bool:
    """Whether a body's name ending in its suffix and then a post start at `pos` (和 + 外交部 + 部长)."""
    t = titles.first(pos, pos + 8)
    return t is not None and t.start > pos and not not DELIMS.isdisjoint(text[pos:t.start]) and \
        rules.org_suffixes.ends_at(text[pos:t.start], t.start - pos)
