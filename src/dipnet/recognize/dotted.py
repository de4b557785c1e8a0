"""Foreign names joined by middle dots (亚历山大·图尔钦, 弗兰克-瓦尔特·施泰因迈尔), read from each dot
outwards; some outlets write an ASCII full stop for the middle dot (安德烈.科夫通)."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from dipnet.datakeys import required
from dipnet.recognize.kbviews import read_words
from dipnet.recognize.lexicon import NameRules, read_word
from dipnet.rx import plain as _plain

_NUMERALS = set("〇一二三四五六七八九十百零两0123456789")


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


_DOT, _ASCII_DOT = "·", "."
_REGNAL_WORD = "世"  # 某某三世: a regnal number closes a monarch's name


def _next_dot(text: str, i: int, rules: NameRules) -> int:
    """The next middle dot at or after text[i], or an ASCII full stop or a hyphen written for one: between
    two transliteration characters (安德烈.科夫通, 安东尼-布林肯); a stop after a sentence (…很好.他说)
    or a hyphen between two lands (中国-东盟) joins nothing."""
    k = text.find(_DOT, i)
    for joiner in (_ASCII_DOT, *_hyphens(rules)):
        a = text.find(joiner, i)
        while a != -1 and (k == -1 or a < k):
            if _ascii_dot_joins(text, a, rules):
                k = a
                break
            a = text.find(joiner, a + 1)
    return k


def _hyphens(rules: NameRules) -> str:
    """The hyphen and dash written for the middle dot between a name's parts (names.toml name_joiners; read by
    the rules' identity, asked at every dash of a page: a cache keyed by the rules would hash them whole each time;
    the last rules' answer kept with them, so that their identity is not reused meanwhile)."""
    if _LAST_HYPHENS[0] is not rules:
        _LAST_HYPHENS[:] = [rules, str(read_words(rules).get("name_joiners", ""))]
    return _LAST_HYPHENS[1]  # type: ignore[no-any-return]


_LAST_HYPHENS: list[Any] = [None, ""]


def _ascii_dot_joins(text: str, k: int, rules: NameRules) -> bool:
    if not (0 < k < len(text) - 1 and (text[k] == _ASCII_DOT or text[k] in _hyphens(rules))):
        return False
    if text[k - 1] in rules.transliteration and text[k + 1] in rules.transliteration:
        return True
    if text[k] != _ASCII_DOT:
        return False
    # a Japanese name glossed in Latin letters right after it (郡某.某(Akira Gunji)): the gloss vouches
    j = k + 1
    while j < len(text) and j - k <= 4 and is_han(text[j]):
        j += 1
    return is_han(text[k - 1]) and j > k + 1 and _GLOSS_AT.match(text, j) is not None


_GLOSS_AT = _plain(r"\([A-Z][a-z]+ [A-Z][a-z]+\)")


def _patronymics(rules: NameRules) -> tuple[str, ...]:
    """The particles between the parts of an Arabic name (本, 宾: son of), names.toml."""
    return tuple(read_words(rules).get("patronymic_parts", ()))  # (the rules' words as a dict made once, not once a name)


def _is_dot(text: str, j: int, rules: NameRules) -> bool:
    return j < len(text) and (text[j] == _DOT or _ascii_dot_joins(text, j, rules))


@cache
def _hyphen_joint() -> re.Pattern[str]:
    """A hyphen or dash between two Chinese characters, written for the middle dot (安东尼-布林肯)."""
    joiners = re.escape(str(read_word("name_joiners")))
    return re.compile(f"(?<=[\u4e00-\u9fff])[{joiners}](?=[\u4e00-\u9fff])") if joiners else re.compile("(?!)")


@lru_cache(maxsize=65536)  # (a function of the name alone, asked for every mention of a person, again and again)
def is_dotted(name: str) -> bool:
    """A name read as dotted parts: by the middle dot, or by a full stop or a hyphen written for it."""
    return _DOT in name or _ASCII_DOT in name or _hyphen_joint().search(name) is not None


def name_parts(name: str) -> list[str]:
    """The parts of a dotted name (安德烈.科夫通 as 安德烈·科夫通); the hyphen parts only where no middle
    dot does (安东尼-布林肯; 弗兰克-瓦尔特·施泰因迈尔 has two parts, its first given names joined)."""
    name = name.replace(_ASCII_DOT, _DOT)
    return name.split(_DOT) if _DOT in name else _hyphen_joint().split(name)


def _number_openers(rules: NameRules) -> str:
    """The one-character words that open a number right after a name (自 + 2020年), names.toml."""
    return str(required(read_words(rules), "number_openers", "names.toml"))


def other_given_names(a: str, b: str) -> bool:
    """Two dotted names with one family part and different given parts name two people (贾斯汀-特鲁多
    and his father 皮埃尔-特鲁多): the family part written alone may be either's. A given part spelled
    otherwise (贾斯汀/贾斯廷) or cut short (阿卜杜勒法塔赫/卜杜勒法塔赫) is the same one's."""
    if not (is_dotted(a) and is_dotted(b)):
        return False
    pa, pb = name_parts(a), name_parts(b)
    ga, gb = (_hyphen_joint().sub("", p[0]) for p in (pa, pb))
    return pa[-1] == pb[-1] and bool(ga) and bool(gb) and ga[0] != gb[0] and ga not in gb and gb not in ga


def _thing_words(rules: NameRules) -> tuple[str, ...]:
    """Words of things named after a person (号, 勋章), names.toml dotted_thing_words (a missing key fails
    loudly instead of quietly reading medals, or ships too, as people again)."""
    return tuple(required(read_words(rules), "dotted_thing_words", "names.toml"))


def _ship(text: str, a: int, b: int, rules: NameRules) -> bool:
    """The last part of a dotted run names a ship or a medal (西奥多·罗斯福号 + 航空母舰, 卡尔·文森号停靠,
    某某·某某勋章): it holds a word no transliterated personal name does."""
    return any(w in text[a:b] for w in _thing_words(rules))


def _glued_inside(text: str, end: int, soft: dict[int, int], title_ends: set[int], rules: NameRules) -> bool:
    """A known name ending at `end` with transliterated characters on both sides is inside a longer
    transliterated word, no cut of it (纽埃, a country, in 埃马纽埃尔·…)."""
    start = soft.get(end)
    return start is not None and end not in title_ends and 0 < start and end < len(text) and \
        text[start - 1] in rules.transliteration and text[end] in rules.transliteration


def _plain_word_at(text: str, j: int, pos: int, rules: NameRules) -> bool:
    """Two Chinese characters in a row, neither of the transliteration table, after two of a part at
    least: a word the name runs into (某·盖特 + 赠送, 某·某某 + 颁发), whatever verb it is, where the
    stop list has none. A regnal number (某·某某 + 三世) is the name's; one or two characters of a part
    may be outside the table (某·商鹏飞, 某·考文垂), two after two never are in the names of the
    knowledge base or the gold."""
    if j - pos < 2 or j + 1 >= len(text) or not is_han(text[j + 1]):
        return False
    if text[j] in rules.transliteration or text[j + 1] in rules.transliteration:
        return False
    # a word that opens on the second character ends the name after the first (某·坦马冯 + 和已故)
    if rules.stop_at(text, j + 1):
        return False
    # (a body's word may open a character or two before the pair: 丰威汉 + 纪 + 念馆)
    return not (text[j] in _NUMERALS or text[j + 1] == _REGNAL_WORD
                or any(_namesake_at(text, x, rules) for x in range(max(pos, j - 2), j + 1)))


# (en31) one-character stops that a name's last part may end with (巴尼·亚陶都, 沙伦·西和): not a verb
# of speech (某·某某 + 说，)
_NAME_FINAL_STOPS = "都和"
_LIST_JOINERS = "和与及、"


def _stop_ends_name(text: str, j: int, pos: int, s: int, known_starts: set[int], rules: NameRules) -> int:
    """1 where the one-character stop at text[j] is the last character of the part that opens at `pos`:
    punctuation closes the name right after it (某·某和，), or it is 都 after a name that stands alone,
    before a verb of speech or meeting, where "all" would need two or more people (巴尼·亚陶都 + 会见;
    after a list, 某·某和某·某 + 都 + 出席, it is "all"; after a known name, 拜登 + 都没有, "even"). 0 otherwise."""
    if text[j] not in _NAME_FINAL_STOPS or rules.stop_at(text, j) != text[j] or \
            any(x in known_starts for x in range(s, j)):
        return 0
    closed = j + 1 >= len(text) or not is_han(text[j + 1])
    alone = text[j] == "都" and j - pos >= 2 and not (s > 0 and text[s - 1] in _LIST_JOINERS) and \
        text.startswith(_subject_verbs(rules), j + 1)
    return int(closed or alone)


@cache
def _subject_verbs(rules: NameRules) -> tuple[str, ...]:
    words = dict(rules.name_read_words)
    return (*rules.subject_verbs, *words.get("subject_action_verbs", ()))


def _body_inside(text: str, a: int, b: int, rules: NameRules) -> bool:
    """(fp1, unseen pages) a body's word ends inside the last part, before its end (法拉本多·马蒂 + 民族解放阵线 + 总,
    of 总协调员): the run names a body after a person and runs on into the next word, no person (one that ends
    with the body's word, 凯山·丰威汉博物馆, is left to the readings of bodies)."""
    return any(rules.ends_in_org_suffix(text[x:k]) for k in range(a + 2, b) for x in range(a, k - 1))


def _namesake_at(text: str, j: int, rules: NameRules) -> bool:
    """A body's or place's word closes the words from text[j] on (某某·马蒂 + 国际机场, 某某·某某 +
    国际大学), or a thing's opens them (某某·马蒂 + 勋章): the run names a thing after a person, no
    person and no verb after one."""
    if text.startswith(_thing_words(rules), j):
        return True
    k = j + 2
    while k <= len(text) and k - j <= 8 and is_han(text[k - 1]) and not (k - 1 > j + 1 and rules.stop_at(text, k - 1)):
        word = text[j:k]
        if rules.ends_in_org_suffix(word) or rules.place_suffixes.ends_at(word, len(word)):
            return True
        k += 1
    return False


def dotted_names(text: str, rules: NameRules, cut_before: set[int], blocked: set[int],
                 aligned: set[tuple[int, int]], soft: dict[int, int] | None = None,
                 title_ends: set[int] | None = None, known_starts: set[int] | None = None) -> list[tuple[int, int]]:
    """Foreign names joined by middle dots (亚历山大·图尔钦, 万·穆罕默德·诺·马塔). Each part is read
    from the dot outwards, so a name never swallows the title before it or the verb after it.
    `cut_before`: positions a name may start at (ends of titles, bodies, stop words); `blocked`:
    starts of titles and names, where the last part ends; `aligned`: spans of known bodies and
    countries — a part that is one of them makes the run no name (越南·老挝). `soft`: known names by
    end (end -> start) that a name's first part may hold when they open right after a title
    (主席 + 西沙瓦·乔本潘: 西沙 is also a place); `title_ends`: where titles end; `known_starts`:
    where known people's names start (普京 after 弗拉基米尔.)."""
    out: list[tuple[int, int]] = []
    soft, title_ends, known_starts = soft or {}, title_ends or set(), known_starts or set()
    k = _next_dot(text, 0, rules)
    while k != -1:
        if out and k < out[-1][1]:
            k = _next_dot(text, k + 1, rules)
            continue
        s = k
        # a country glued to transliterated characters right before the dot ends the first part
        # (埃莫马里·拉赫蒙: 马里 is no Mali there), as does one a patronymic follows (苏丹·本·某某)
        glued = soft.get(k)
        if glued is not None and k in cut_before and glued > 0 and glued not in cut_before \
                and text[glued - 1] in rules.transliteration:
            s = glued
        elif k in cut_before and k > 1 and text.startswith(tuple(p + _DOT for p in _patronymics(rules)), k + 1):
            s = k - 1
        # a hyphen joins two given names (弗兰克-瓦尔特·施泰因迈尔)
        while s > 0 and ("\u4e00" <= text[s - 1] <= "\u9fff" or (text[s - 1] == "-" and s > 1 and "\u4e00" <= text[s - 2] <= "\u9fff")) and \
                k - s < (9 if "-" in text[s - 1:k] else 6) and (s not in cut_before or _glued_inside(text, s, soft, title_ends, rules)) \
                and (s == k or not rules.stop_at_end(text, s)):  # (a stop never precedes a dot: 普同·孟巴)
            s -= 1
        # a first part of seven transliteration characters (阿卜杜勒拉赫曼·本·…)
        if k - s == 6 and s > 0 and s not in cut_before and text[s - 1] in rules.transliteration and \
                rules.transliteration.issuperset(text[s:k]) and not rules.stop_at_end(text, s - 1):
            s -= 1
        # a first part run together from two given names (卡西姆若马尔特·托卡耶夫) reaches back past the
        # usual length to the title right before it, over transliterated characters only
        # (not past an honour or a known name that cut it: 埃米尔 + 谢赫 + 萨巴赫·…)
        if s > 0 and s not in cut_before and is_han(text[s - 1]):
            s = next((x for x in (s - 1, s - 2) if x in title_ends and x >= 0
                      and rules.transliteration.issuperset(text[x:s])), s)
        if s in soft and soft[s] in title_ends and s - soft[s] <= 3 and text[soft[s]:k].isalpha():
            s = soft[s]  # 主席西沙瓦·乔本潘: the place 西沙 is the name's first characters
        starts_ok = s == 0 or not is_han(text[s - 1]) or s in cut_before or rules.stop_at_end(text, s)
        if not starts_ok:
            # no boundary before the first part (协调员阿尔贝托·…): it is the transliterated characters
            # right before the dot
            t = k
            while t > s and text[t - 1] in rules.transliteration:
                t -= 1
            if k - t >= 2:
                s, starts_ok = t, True
        # the middle of a name not read; but a dot right after an honour or a post opens one (谢赫·穆罕默德·…)
        starts_ok = starts_ok and (s == 0 or not _is_dot(text, s - 1, rules) or s - 1 in cut_before)
        # a noun glued before the first part (前官员鲁普·纳拉扬): the part is its transliterated tail;
        # not where a title, a name or a space ends right before it (首席代表 + 优素福·阿卜杜勒)
        t = s
        while t < k - 2 and text[t] not in rules.transliteration:
            t += 1
        if t > s and s not in cut_before and not (s > 0 and text[s - 1].isspace()) and \
                rules.transliteration.issuperset(text[t:k]):
            s = t
        parts = [(s, k)]
        pos = k + 1
        while True:
            j = pos
            while j < len(text) and "\u4e00" <= text[j] <= "\u9fff" and j - pos < 10:  # (is_han inline)
                if j > pos and (j in blocked or rules.stop_at(text, j) or _plain_word_at(text, j, pos, rules)):
                    j += _stop_ends_name(text, j, pos, s, known_starts, rules)
                    break
                j += 1
            parts.append((pos, j))
            if _is_dot(text, j, rules) and j + 1 < len(text) and is_han(text[j + 1]):
                pos = j + 1
                continue
            break
        end = parts[-1][1]
        # a word after the name glued to a number (比亚斯 + 自 + 2020年): the last part ends before it; a
        # name's own last character outside the table stays (通辛·坦马冯 + 7日)
        if end < len(text) and text[end].isdigit() and end - parts[-1][0] >= 3 \
                and text[end - 1] in _number_openers(rules):
            end -= 1
            parts[-1] = (parts[-1][0], end)
        ok = starts_ok and all(b > a for a, b in parts)
        # a country's name may be a part where a patronymic particle joins the parts (苏丹·本·某某)
        ok = ok and (not any(p in aligned for p in parts)
                     or any(text[a:b] in _patronymics(rules) for a, b in parts[1:-1]))
        ok = ok and not (text[k - 1] in _NUMERALS or (k + 1 < len(text) and text[k + 1] in _NUMERALS))
        ok = ok and not _ship(text, parts[-1][0], end, rules) and not _body_inside(text, parts[-1][0], end, rules)
        # plain words joined by a dot (国际商贸·旅游博览会, 各大学·大专) are no name: a quarter of a name's
        # characters at least are the transliteration table's (珍塔珠·冯赛)
        chars = "".join(text[a:b] for a, b in parts)
        glossed = _GLOSS_AT.match(text, end) is not None  # 郡某.某(Akira Gunji): the gloss vouches for it
        ok = ok and (glossed or 4 * sum(c in rules.transliteration for c in chars) >= len(chars))
        # a full stop joins a name only where three in four of its characters are the table's
        # (安德烈.科夫通), so two sentences are never read as one name
        # and so is every part after a full stop, or it is a known name (达尼洛.他们表示: a new sentence
        # opens with a pronoun; 弗拉基米尔.普京)
        ok = ok and (_DOT in text[s:end] or glossed or 4 * sum(c in rules.transliteration for c in chars) >= 3 * len(chars)
                     and all(a in known_starts or rules.transliteration.issuperset(text[a:b]) for a, b in parts[1:]))
        # a hyphen joins no name over a known place or body (查谟-克什米尔 + 邦), only over a known person's
        ok = ok and (_DOT in text[s:end] or not any(a < end and s < b and a not in known_starts for a, b in aligned))
        if ok:
            out.append((s, end))
            k = _next_dot(text, end, rules)
        else:
            k = _next_dot(text, k + 1, rules)
    return out
