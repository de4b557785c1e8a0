"""Names read after a post where the plain readers stop short: a body's name of two fields joined
by 及 or 和 before its post (财经事务及库务局 + 局长), a transliterated name that runs over a known
person's shorter one (副部长 + 德拉莫拉), and a surname that is also a one-character stop, vouched
for by the rank after it (副武官 + 于强 + 上校), and a transliterated name whose tail is a
place's (外长 + 勒德里昂); a counted post (31位外长) and a dash-joined name read back to its dash."""

from __future__ import annotations

import re
from collections.abc import Mapping

from dipnet.recognize.lexicon import NameRules, name_rules, read_word
from dipnet.recognize.nameends import follower_at
from dipnet.recognize.namereads import _NAME_JOINERS, DELIMS, NameHit, is_han

# the words that join two fields of one body (财经事务 + 及 + 库务局, 劳工 + 及 + 福利局)
FIELD_JOINERS = tuple(str(read_word("body_field_joiners")))
# what closes an item of a list of people right after a name (、, 等)
_LIST_CLOSES = "、，,。；;等"
_ENUM = _LIST_CLOSES[0]
_HAN_NAME_MAX = 3  # a Chinese name's characters, a one-character surname's (欧阳某某: compound surnames are read apart)
# the last characters of posts (部长, 总理, 大使): a post listed before the fields is no field
_POST_ENDS = str(read_word("post_end_chars"))
# the words of a field that open with a one-character stop word (能 + 源: 能源和矿产部)
_FIELD_WORDS = tuple(dict(name_rules().suffix_read_words).get("org_words_with_stops", ()))


def field_before(text: str, b: int, s: int, rules: NameRules, floor: int, named_floor: bool = False) -> int:
    """Where a body's name opens when a joiner of two fields stands right before the words read back
    to `b` (财经事务 + 及 + 库务局 + 局长): the field before the joiner is the name's first, where it
    runs back to punctuation, a stop word or the last title with no stop word and is no body of its
    own (国防部 + 及 + 外交部 are two); else `b`. A qualifier of the post opening it (署理, 代理) is no
    part of it."""
    # the post may open on the body's last character (能源和矿产 + 部长 is 能源和矿产部's 部长)
    contracted = s < len(text) and text[s] in rules.body_end_chars and rules.org_suffixes.ends_at(text, s + 1)
    if not (0 < b < s and text[b - 1] in FIELD_JOINERS and (rules.org_suffixes.ends_at(text, s) or contracted)):
        return b
    a = b - 1
    while a > floor and a > b - 9 and is_han(text[a - 1]) and text[a - 1] not in rules.title_joiners and \
            not (a < b - 2 and rules.stop_at_end(text, a)):
        a -= 1
    # (a field that runs back to a post's end is the name of that post's holder: 理事长 + 某某 + 和 +
    # 驻日本使馆; one that runs back to a named country is that country's body)
    if not ((a == floor and (named_floor or floor == 0)) or text[a - 1] in DELIMS or text[a - 1] in rules.title_joiners or rules.stop_at_end(text, a)):
        return b
    opener = next((w for w in rules.title_openers if text.startswith(w, a) and len(w) >= 2), "")
    a += len(opener)
    field = text[a:b - 1]
    if len(field) < 2 or rules.org_suffixes.ends_at(field, len(field)) or \
            any(rules.stop_at(text, k) and not text.startswith(_FIELD_WORDS, k) for k in range(a, b - 1)):
        return b
    return third_field(text, a, rules, floor, named_floor)


def third_field(text: str, a: int, rules: NameRules, floor: int, named_floor: bool = False) -> int:
    """A third field listed before the two joined (投资 + 、 + 贸易及工业部, 科学 + 、 + 工艺及革新部): a
    word of two to four characters between the enumeration comma and a punctuation mark, a joiner or
    a stop word opens the name; a body's name or a post there (外交部、, 副总理、) is a list item of its own."""
    if not (a - 3 > floor and text[a - 1] == _ENUM):
        return a
    for k in range(a - 3, max(floor, a - 6) - 1, -1):  # the shortest field with a boundary before it
        field = text[k:a - 1]
        if not all(is_han(c) and c not in rules.title_joiners for c in field):
            return a
        # (or the country named right before it: 越南 + 文化、体育与旅游部)
        if not (k == 0 or text[k - 1] in DELIMS or text[k - 1] in rules.title_joiners or rules.stop_at_end(text, k)
                or (named_floor and k == floor)):
            continue
        if rules.org_suffixes.ends_at(field, len(field)) or field[-1] in _POST_ENDS or \
                any(rules.stop_at(text, x) and not text.startswith(_FIELD_WORDS, x) for x in range(k, a - 1)):
            return a
        return k
    return a


def over_known(text: str, i: int, known_at: dict[int, int], rules: NameRules) -> int | None:
    """The end of a transliterated name after a title that runs over a known person's shorter name:
    one or two transliteration characters then the known name (副部长 + 德 + 拉莫拉 + 以…: Lamola is
    another man), or the known name then one or two more (总统 + 卡特 + 勒 + 最近), no stop word among
    them, the whole in transliteration characters and ending where a name does; else None."""
    k = next((k for k in (i, i + 1, i + 2) if k in known_at), None)
    # (a surname before the known name may open a Chinese name over it, of three characters at most: a run of
    # four or more is a transliteration's, 主席 + 桑 + 吉拉尼)
    if k is None or rules.stop_at(text, i) or \
            any(text[x] in rules.surnames for x in range(i, k)) and known_at[k] - i < _HAN_NAME_MAX + 1:
        return None
    end = known_at[k]
    if k == i:  # the known name opens it: one or two characters more, none a stop word
        more = end
        # (fe1) nor a word that follows names (赞比里 + 博士, 某某 + 医生: nameends.toml)
        while more < len(text) and more - end < 2 and text[more] in rules.transliteration and \
                not rules.stop_at(text, more) and not follower_at(text, more):
            more += 1
        if more == end or end - i < 2:
            return None
        end = more
    if not rules.transliteration.issuperset(text[i:end]) or any(rules.stop_at(text, x) for x in range(i + 1, end)):
        return None
    return end if end >= len(text) or text[end] in DELIMS or rules.stop_at(text, end) else None


def stop_surname_before_rank(text: str, i: int, rank_starts: set[int], rules: NameRules) -> int | None:
    """The end of a name of two or three characters after a post that opens with a surname that is
    also a one-character stop (副武官 + 于强 + 上校): a rank right after it vouches for the name, as
    does the end of a list item after three characters (参赞 + 于某某 + 、) or a verb of meeting after them."""
    if i >= len(text) or text[i] not in rules.surnames or len(rules.stop_at(text, i) or "") != 1:
        return None
    end = next((e for e in (i + 2, i + 3) if e in rank_starts), None)
    # …and so does the close of a list item after a name of three characters (经商参赞 + 于某某 + 等)
    if end is None and i + 3 < len(text) and text[i + 3] in _LIST_CLOSES:
        end = i + 3
    # …and so does a verb of meeting right after three characters (大使 + 祝某某 + 拜会), unless the two
    # after the stop read as a time or a count (大使 + 于本月 + 会见, 曾多次 + 会见)
    if end is None and text.startswith(rules.stop_surname_verbs, i + 3) and \
            rules.stop_surname_given_breakers.isdisjoint(text[i + 1:i + 3]):
        end = i + 3
    if end is None or not all(is_han(c) and c not in rules.not_in_name for c in text[i:end]) or \
            any(rules.stop_at(text, k) for k in range(i + 1, end)):
        return None
    return end


def rank_held_name(text: str, i: int, rank_starts: set[int], rules: NameRules) -> int | None:
    """(en26) The end of a surname-led name of three characters between a post and a military rank that
    holds a stop word (副局长 + 阮大会 + 少将: 大会 is a word, but a rank follows a name and nothing else)."""
    end = i + 3
    if end not in rank_starts or text[i] not in rules.surnames or rules.stop_at(text, i) or \
            not all(is_han(c) and c not in rules.not_in_name for c in text[i:end]):
        return None
    return end


def place_tail(text: str, i: int, end: int, inner: list[tuple[int, int]], closed: bool, rules: NameRules) -> bool:
    """A transliterated name after a post that holds a known place's or country's name past its
    first two characters (外长 + 勒德 + 里昂 + 、, 主席 + 卡瑟 + 马利 + 耶夫 + 会见): the name is all
    transliteration characters and visibly ends (or one character before it: 总统 + 科 + 罗马 + 会见)."""
    # (or opening it, where the name runs on past the place: 部长 + 苏瓦 + 迪 + 作为)
    return closed and bool(inner) and all((a - i >= 1 or (a == i and end - b >= 1 and end - i >= 3)) and b <= end
                                          for a, b in inner) \
        and rules.transliteration.issuperset(text[i:end])


# a number and a measure word of people right before a post: the post is that of several people
_COUNTED = re.compile(str(read_word("counted_people")))


# several countries counted right before a post (中、甘 + 两国 + 总统): the post is their holders', no name ends there
_COUNTED_COUNTRIES = re.compile("(?:" + str(read_word("counted_countries")) + ")$")


def counted_countries_before(text: str, start: int, end: int) -> bool:
    """The words read as a name before a post end on counted countries (甘 + 两国 + 总统): no name."""
    return _COUNTED_COUNTRIES.search(text, start, end) is not None


def counted_post(text: str, s: int) -> bool:
    """A post at `s` counted as several people's (31位 + 外长)."""
    return _COUNTED.search(text, max(0, s - 6), s) is not None


def joined_head(text: str, start: int, end: int, found: Mapping[int, NameHit]) -> int:
    """A name read back to a dash (冈萨雷斯— + 奥莱切亚 + 部长) is the dash-joined name the page has
    stated in full: its start moves to that name's head."""
    if start < 2 or text[start - 1] not in _NAME_JOINERS:
        return start
    tail = text[start - 1:end]
    for h in found.values():
        full = text[h.start:h.end]
        if full.endswith(tail) and len(full) > len(tail) and text.endswith(full, 0, end):
            return end - len(full)
    return start


# 时任 before a post whose holder follows after 的 (时任阿根廷总统的 + 马克里)
_FORMER = str(read_word("former_post_opener"))
_DE = str(read_word("attributive_particle"))


def after_former_de(text: str, title_start: int, i: int) -> int:
    """Where a name after a post begins: past the 的 of 时任 + post + 的 + name, the post opened by
    时任 in the same phrase; else `i`."""
    if not _FORMER or not _DE or not text.startswith(_DE, i):
        return i
    k = text.rfind(_FORMER, max(0, title_start - 12), title_start + 1)
    if k < 0 or not DELIMS.isdisjoint(text[k:title_start]):
        return i
    return i + len(_DE)


_OPEN, _CLOSE = "(（", ")）"


def after_post_gloss(text: str, i: int, post_ends: dict[int, int]) -> int:
    """Where a name after a post begins past a post glossing it in brackets (埃米尔 + (国家元首) +
    塔米姆): `post_ends` maps a post's start to its end; else `i`."""
    if i < len(text) and text[i] in _OPEN:
        end = post_ends.get(i + 1)
        if end is not None and end < len(text) and text[end] in _CLOSE:
            return end + 1
    return i


# the adverbs between a name and a verb of office (通伦 + 再次 + 当选 + 总书记)
OFFICE_ADVERBS = tuple(read_word("office_verb_adverbs"))
