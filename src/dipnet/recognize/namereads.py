"""Reading a name at a place in the text: the primitives the people rules and the speaker rules
share (where a name after or before a title ends, whether it opens with a surname, whether it is
plausible after a given title), and the hits they return."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dipnet import rx
from dipnet.recognize.gazetteer import gazetteer
from dipnet.recognize.lexicon import NameRules, name_rules
from dipnet.recognize.nameends import name_end

DELIMS = set("、，,。;；:：!！?？“”‘’\"'()（）《》〈〉【】[]「」 \n\t—/／")  # a slash parts two credits (中央社/纽约)
# the language's words the readers below ask for, from names.toml (name_read_words)
_W = dict(name_rules().name_read_words)
# the words that end an administrative place's name (高平省): no name read by rule ends in one
PLACE_ENDS = frozenset(_W["place_end_chars"])
# two to four capitalized Latin words between Chinese characters, right after one or after a space, or
# opening a line (not a gloss in brackets); a crawl may have run them together (MamdouhHabashi). Letters
# with accents count (Morfa González), and a date may follow the name with no space (…Khamdalavong9月1日)
_LATIN_NAME = rx.compile(r"(?:(?<=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff] )|(?<=\n))[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?: ?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+){1,3}"
                         r"(?= ?(?:[\u4e00-\u9fff、,，。]|\d{1,4}[年月日]))")
# words that follow a visitor's name: his party or spouse (普京一行, 阮春福夫妇)
PARTY_WORDS = tuple(_W["party_words"])
_PERSONAL_ADDRESS = tuple(_W["personal_address"])
# given names' last characters that are no word after a name (黄某中 + 向): they end a name before any stop
_STRONG_FINALS = str(_W.get("strong_given_name_finals", ""))
# the verbs of leading a delegation, and the word their leader follows (由 + 金某 + 率领)
_LEADER_VERBS = tuple(_W.get("leader_verbs", ()))
_LEADER_BY = str(_W.get("leader_by", ""))
# what opens a sentence or clause, before a subject name (。何炜表示)
_SENTENCE_OPEN = frozenset("。!！?？;；\n,，:：”」")
# characters that end a body's or place's name, never a person's (林业部, 河内市, 越方)
BODY_ENDS = frozenset(_W["body_end_chars"])
# one-character stops that join two names (阮和黄副总理): inside a name only where punctuation opens it
_CONJUNCTIONS = frozenset(_W["conjunctions"])
# a regnal number closing a monarch's name (查理三世)
# a day or month in numerals right after a name (罗萨里奥 + 8月4日, 穆罕默德哈山 + 廿五日): the name ends there
_DAY_NUMERALS = frozenset(str(_W['day_numerals']))  # a date that began before k is not one at k (胡干文 + 二十六日)
_DATE_AT = re.compile(rf"\d|[{re.escape(str(_W['day_numerals']))}]{{1,3}}[{re.escape(str(_W['date_words']))}]")
# honours between a post and a name (拿督斯里, 丹斯里), longest first
_HONORIFICS = tuple(sorted(_W.get("honorifics", ()), key=len, reverse=True))
# the longest foreign name read in transliteration characters after a title, in characters
_LONG_NAME = 9
# the hyphen and the dash that join the parts of a foreign name (克莱门特-琼斯, 冈萨雷斯—奥莱切亚)
_NAME_JOINERS = frozenset(str(_W.get("name_joiners", "-")))
_REGNAL_AT = re.compile(rf"[{re.escape(str(_W['regnal_numerals']))}]+{re.escape(str(_W['regnal_word']))}")
_REGNAL = re.compile(rf"[{re.escape(str(_W['regnal_numerals']))}]+{re.escape(str(_W['regnal_word']))}$")


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


def after_honorifics(text: str, i: int) -> int:
    """Where a name starts after the honours that may stand before it (部长 + 拿督斯里 + 赛夫丁), and a
    middle dot some outlets write after one (首相 + 谢赫· + 穆罕默德)."""
    while True:
        h = next((h for h in _HONORIFICS if text.startswith(h, i)), None) if text.startswith(_HONORIFICS, i) else None
        if h is None:
            return i
        i += len(h)
        if text.startswith("·", i):
            i += 1


def surname_led(name: str, rules: NameRules) -> bool:
    return bool(name) and (name[0] in rules.surnames or rules.compound_surnames.at(name, 0) is not None)




def _credited_surname(text: str, i: int, rules: NameRules) -> bool:
    """A surname that is also a one-character stop word opens the name right after a credit word
    (记者 + 曾某某: the reporter, not 曾 "once")."""
    return text[i] in rules.surnames and len(rules.stop_at(text, i) or "") == 1 and \
        any(text.endswith(w, 0, i) for w in rules.credit_words)


def read_name_after(text: str, i: int, rules: NameRules, blocked: set[int],
                    rank_starts: set[int] | None = None) -> int | None:
    """_read_after, ended before a word that follows names (某某 + 今(18日), 某某 + 临时代理: nameends.py)."""
    end = _read_after(text, i, rules, blocked, rank_starts)
    return None if end is None else name_end(text, i, end)


def _read_after(text: str, i: int, rules: NameRules, blocked: set[int],
                rank_starts: set[int] | None = None) -> int | None:
    """End of a (non-dotted) personal name starting at text[i], or None. `blocked` are starts of
    titles and known names, where a name cannot run on; `rank_starts`, where military ranks begin:
    a one-character stop word right before one is the name's last character (魏某和 + 上将), as a
    rank follows a name and joins none."""
    if i >= len(text) or text[i] in rules.not_in_name or text[i] in DELIMS or \
            (rules.stop_at(text, i) and not _credited_surname(text, i, rules)):
        return None
    if not "\u4e00" <= text[i] <= "\u9fff":  # (is_han inline)
        return None
    def clean_end(k: int) -> bool:
        return k >= len(text) or text[k] in DELIMS or k in blocked or rules.stop_at(text, k) is not None or \
            (_DATE_AT.match(text, k) is not None and text[k - 1] not in _DAY_NUMERALS)

    start_len, stop_firsts = len(rules.compound_surnames.at(text, i) or ""), rules.stops.firsts
    max_len = 4 if start_len >= 2 else 3
    j = i + max(start_len, 1)
    limit = 5 if text[i] in rules.transliteration and text[i] not in rules.surnames else 4
    limit = max(limit, start_len + 2)  # a family name of three characters and its given name (长谷川 + 明子)
    while j < len(text) and j - i < limit:
        ch = text[j]
        if rank_starts and j - i == 2 and j + 1 in rank_starts and len(rules.stop_at(text, j) or "") == 1:
            j += 1  # 和 before 上将 joins no two names: a title, not a name, follows it
            break
        # right after a one-character surname a one-character stop is a given name's character
        # (张又侠, 秦刚): a surname alone is no name for a verb to follow
        if j == i + 1 and start_len == 0 and text[i] in rules.surnames and len(rules.stop_at(text, j) or "") == 1 \
                and j not in blocked and (j + 1 >= len(text) or is_han(text[j + 1]) or text[j + 1] in DELIMS):
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
                and len(rules.stop_at(text, j) or "") < 2 \
                and (j + 1 >= len(text) or text[j + 1] in DELIMS or len(rules.stop_at(text, j + 1) or "") >= 2
                     or (ch in _STRONG_FINALS and rules.stop_at(text, j + 1) is not None)):
            j += 1
            break
        if ch in rules.not_in_name or ch in DELIMS or j in blocked or (ch in stop_firsts and rules.stop_at(text, j)) \
                or not is_han(ch):
            break
        j += 1
    # a foreign name in transliteration characters that visibly ends (马特维延科(V.I.Matvienko), 罗德里格斯、)
    # is read whole, up to eight characters (别尔德穆哈梅多夫), even where its first character is also a surname
    # a hyphen may join two such parts (克莱门特-琼斯), and a regnal number close it (图伊马莱阿利法诺二世)
    k = i
    translit = rules.transliteration
    while k < len(text) and k - i < _LONG_NAME and k not in blocked and not (k > i and rules.stop_at(text, k)) and \
            (text[k] in translit or (text[k] == "-" and k > i and text[k - 1] in translit
                                     and k + 1 < len(text) and text[k + 1] in translit)
             or (text[k] in _NAME_JOINERS and k > i + 1 and text[k - 1] in translit and k + 2 < len(text)
                 and k + 1 not in blocked and text[k + 1] in translit and text[k + 2] in translit)):
        k += 1
    regnal = _REGNAL_AT.match(text, k) if k - i >= 4 else None
    if regnal and clean_end(regnal.end()):
        return regnal.end()
    # a run that goes on into a word of transliteration characters (别尔德穆哈梅多夫 + 通电话) ends
    # where a name visibly does inside it, four characters in at least
    run_end = k
    while k - i > 4 and not clean_end(k):
        k -= 1
    if not clean_end(k):
        k = run_end
    if k - i >= 4 and (k - i <= 8 or not _NAME_JOINERS.isdisjoint(text[i:k])) and clean_end(k):
        return k
    # a run of four transliteration characters or more that a character outside the table ends
    # (大使某某某某 + 盛赞, + 衷心, + 深情): the word after it is the clause's (a manner adverb, a verb
    # of praise), whatever word it is, and the run is the whole name
    if 4 <= run_end - i <= 8 and _plain_after(text, run_end, rules, blocked):
        return run_end
    # five characters only for a transliterated foreign name that visibly ends there (维斯特奇尔)
    if j - i == 5 and start_len < 3 and not (rules.transliteration.issuperset(text[i:j]) and clean_end(j)):
        j -= 1
    # four characters (伊藤直树, a compound surname) or a run that visibly ends there
    if j - i == 4 and max_len == 3 and not clean_end(j):
        j -= 1
    if j - i < 2:
        return None
    return j


def _plain_after(text: str, k: int, rules: NameRules, blocked: set[int]) -> bool:
    """A Chinese character outside the transliteration table at text[k], opening no known name."""
    return k < len(text) and is_han(text[k]) and text[k] not in rules.transliteration and k not in blocked


@lru_cache(maxsize=1)
def _short_forms() -> frozenset[str]:
    """The one-character short forms of countries (马, 柬, 菲)."""
    return frozenset(f for f in gazetteer().kb.short_forms() if len(f) == 1)


def _state_word(cand: str) -> bool:
    """A country's short form and 国 open the words (马国 + 首相, 马国 + 高教部长): the state, not a
    name; a three-character name may hold them (马国强)."""
    return len(cand) in (2, 4) and cand[1] == _W["state_char"] and cand[0] in _short_forms()


_UNNAMABLE: dict[int, tuple[NameRules, re.Pattern[str]]] = {}


def _unnamable(rules: NameRules) -> re.Pattern[str]:
    """One class for what read_name_before turns a candidate down for: a character of rules.not_in_name or
    DELIMS, or one outside the Han range (kept per rules): one search, no generator per candidate."""
    got = _UNNAMABLE.get(id(rules))
    if got is None or got[0] is not rules:
        chars = "".join(re.escape(c) for c in sorted(set(rules.not_in_name) | DELIMS))
        got = _UNNAMABLE[id(rules)] = (rules, re.compile(f"[^\u4e00-\u9fff]|[{chars}]"))
    return got[1]


def read_name_before(text: str, end: int, rules: NameRules, left_bound: int) -> int | None:
    """Start of a surname-led name ending at `end` (范明政总理 → 范明政), or None."""
    # the stop words starting in the last four characters, read once for the three lengths tried
    firsts = rules.stops.firsts  # (no stop where none opens with the character: no call, issue 17)
    stops = {k: rules.stop_at(text, k) if text[k] in firsts else None for k in range(max(left_bound, end - 4, 0), end)}
    for length in (3, 2, 4):
        s = end - length
        if s < left_bound:
            continue
        cand = text[s:end]
        if _unnamable(rules).search(cand):  # (a character not in a name, a delimiter or no Han character)
            continue
        if (cand[-1] in BODY_ENDS and text.startswith(cand[-1], end)) or _state_word(cand) or cand in rules.whole_after_place or rules.ends_in_org_suffix(cand) or cand in rules.title_openers or \
                cand in rules.subject_non_names:  # 高校 + 校长: the schools' heads, no one named 高校
            continue  # 武装部队总司令: a body before its post, not a name; 常务 + 副书记 qualifies the post
        before = text[s - 1] if s > 0 else "\n"
        # a body's name may stand right before the person's (东方语学院 + 严某 + 院长)
        boundary = s == left_bound or before in DELIMS or rules.stop_at_end(text, s) or \
            rules.ends_in_org_suffix(text[max(0, s - 4):s]) or \
            (before in rules.body_end_chars and s >= 2 and is_han(text[s - 2]) and length == 3)
        # a one-character stop inside a name that punctuation opens is a given name's character
        # (张和平副总理: 和 is Hòa); after a word it would join two names (总理和黄副总理)
        inner = [k for k in range(s, end) if stops[k]]
        # a surname that is also a one-character stop (于) opens the name right after a body's name
        # (驻尼泊尔使馆 + 于红 + 大使), where no verb or preposition can stand
        if inner and inner[0] == s and len(stops[s] or "") == 1 and cand[0] in rules.surnames and length <= 3 \
                and before not in DELIMS and rules.ends_in_org_suffix(text[max(0, s - 4):s]):
            inner = inner[1:]
        inner_ok = not inner or (length == 3 and all(s < k < end - 1 and len(stops[k] or "") == 1
                                                     and (before in DELIMS or text[k] not in _CONJUNCTIONS)
                                                     for k in inner))
        # four characters only with a compound surname (欧阳某某, 阮氏某某): 文 + 化旅游 is a field's name
        four_ok = length < 4 or rules.compound_surnames.at(cand, 0) is not None
        if surname_led(cand, rules) and boundary and inner_ok and four_ok:
            return s
        # a foreign name in transliteration characters that punctuation or a stop word opens (、瓦埃亚勋爵,
        # 习某主席同 + 奥巴马 + 总统)
        if (before in DELIMS or (length >= 3 and rules.stop_at_end(text, s))) and not inner and \
                rules.transliteration.issuperset(cand):
            return s
    return None


_SURE_AFTER = frozenset(_W.get("sure_after_titles", ()))


def read_name_before_sure(text: str, end: int, title: str, rules: NameRules) -> int | None:
    """Start of a surname-led name of three characters right before a leader's post, whatever word
    stands before it (落实 + 习某某 + 总书记); None where the post is not one of those, the characters
    hold a stop word, or they end as a body's or place's name does."""
    s = end - 3
    if title not in _SURE_AFTER or s < 0:
        return None
    cand = text[s:end]
    if not all(is_han(c) and c not in rules.not_in_name for c in cand) or cand[0] not in rules.surnames or \
            rules.compound_surnames.at(cand, 0) is not None or any(rules.stop_at(text, k) for k in range(s, end)) or \
            cand[-1] in BODY_ENDS or rules.ends_in_org_suffix(cand) or cand in rules.subject_non_names or \
            cand in rules.title_openers or cand[:2] in rules.subject_non_names:
        return None
    return s


_CLAUSE_SURNAMES = frozenset(_W.get("clause_opening_surnames", ()))


def read_name_opening_clause(text: str, end: int, rules: NameRules) -> int | None:
    """Start of a three-character name right before a post that follows names, where it opens a line or
    clause and its surname is a common one left out of the surname lists for opening common words
    (。单某某 + 代办); None where no such name stands there or the characters hold a stop word."""
    s = end - 3
    if s < 0 or (s > 0 and text[s - 1] not in DELIMS) or text[s] not in _CLAUSE_SURNAMES:
        return None
    cand = text[s:end]
    if not all(is_han(c) and c not in rules.not_in_name for c in cand) or \
            any(rules.stop_at(text, k) for k in range(s, end)) or cand[-1] in BODY_ENDS or \
            rules.ends_in_org_suffix(cand) or cand[:2] in rules.subject_non_names or \
            any(cand.endswith(w) for w in rules.title_openers):
        return None
    return s


_PLAIN_OPENERS = tuple(_W.get("plain_name_openers", ()))


_RANK_OF_POST = "级"  # 大使级, 部长级: the post names a rank, not a person


def _plausible(name: str, title: str, rules: NameRules) -> bool:
    """A name read after a title: after a title that is also a plain noun (代表, 记者, 国会代表) it
    must open with a surname or be a foreign name of three characters or more; it never ends in an
    organization's suffix."""
    if rules.ends_in_org_suffix(name) or (rules.stop_at(name, 0) and not (
            title.endswith(rules.credit_words) and _credited_surname(title + name, len(title), rules))):
        return False
    # a plain word that opens with a surname's character (高级 + 顾问, 高级 + 官员) opens no name
    if name.startswith(_PLAIN_OPENERS):
        return False
    if surname_led(name, rules):
        return True
    # a foreign envoy to China takes a Chinese name whose first character need be no Chinese surname
    # (波兰驻华大使 + 赛某某, 巴哈马驻华大使 + 匡某): two or three characters after the post
    # (not a rank's word after the post: 驻华大使 + 级官员)
    if title in rules.host_envoy_posts and 2 <= len(name) <= 3 and name[0] not in _RANK_OF_POST \
            and not name.endswith(tuple(rules.weak_titles)):
        return True
    if title in rules.weak_titles or any(title.endswith(w) for w in rules.weak_titles):
        # a foreign name of three characters or more wholly in transliteration (众议员 + 卡萨尔) needs
        # no surname; two such characters are as often a plain word's
        return len(name) >= 3 and all(c in rules.transliteration for c in name if c not in _NAME_JOINERS)
    name = _REGNAL.sub("", name) or name  # 查理三世: a regnal number closes a monarch's name
    junior = str(_W.get("junior_prefix", ""))
    if junior and name.startswith(junior) and len(name) >= 3:
        name = name[len(junior):]  # 小布什, 小马科斯: the son's name
    return all(c in rules.transliteration for c in name if c not in _NAME_JOINERS)  # 克莱门特-琼斯  # 维斯特奇尔, not 活动 or 转达
