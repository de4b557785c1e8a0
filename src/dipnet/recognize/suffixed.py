"""Names read by their ending: a known name or opener, a few words, and a suffix of the kind
(古巴 + 农业 + 部, 河内 + 市公安 + 局, 柬埔寨 + 班迭棉吉 + 省), with the guards that keep a counted
noun, a plain word or a second country out of one name."""

from __future__ import annotations

import re
from bisect import bisect_left

from dipnet.model import Mention
from dipnet.recognize.gloss import gloss_end
from dipnet.recognize.lexicon import NameRules, Words, name_rules
from dipnet.recognize.namereads import DELIMS
from dipnet.recognize.scan import found_words

# the language's words the reader below asks for, from names.toml (suffix_read_words)
_W = dict(name_rules().suffix_read_words)


def _chars(key: str) -> str:
    v = _W[key]
    return v if isinstance(v, str) else "".join(v)


def _words(key: str) -> tuple[str, ...]:
    v = _W[key]
    return (v,) if isinstance(v, str) else v


# suffixes whose first character is also a stop word (使 = to make): they still end a name
_STOP_OPENED = frozenset(_words("stop_opened"))
# words of bodies' names that open with a one-character stop word (国际能源署, 灾害应急管理局)
_ORG_WORDS_WITH_STOPS = _words("org_words_with_stops")
# ...and of joint bodies' names, read so only after two partners joined (越南-古巴政府间 + 联合委员会);
# compounds.py's joint-body look-ahead reads past them too (a missing key fails here, at import)
JOINT_WORDS_WITH_STOPS = _words("joint_words_with_stops")
_MEASURES = frozenset(_chars("measures"))
_MEASURE_COUNTS = _chars("measure_counts")
# 与 or 及 joining two fields of one ministry (礼仪与宗教部, 劳动与社会部, 投资贸易及工业部): the name goes on to the 部
_FIELD_PAIR = re.compile("[" + re.escape(_chars("field_joiner")) + r"][\u4e00-\u9fff]{1,4}?" + "[" + re.escape(_chars("field_end")) + "]")
# a count inside the words (日本 + 13大 + 集团, 越南 + 5家 + 银行): bodies counted, no one body's name;
# and so does a year (广西 + 2023年 + 党委书记新春会晤: the year's meeting, no body)
# a day of the month (5日): what the opener did that day follows, no body's name runs on past it (en36)
_DAY = re.compile(r"\d{1,2}日")
# (fe2) and a count in words, 一 too (马尼拉 + 一个 + 空军基地, 某市 + 一所 + 大学: one of them, no body named)
_COUNTED_IN = re.compile(r"\d+ ?[" + re.escape(_chars("measures")) + "大年]|[一" + re.escape(_MEASURE_COUNTS) + "]["
                         + re.escape(_chars("measures")) + "]")
_COUNTED_PLACES = re.compile("[" + re.escape(_chars("counted_place_counts")) + "]" + re.escape(_chars("counted_place_measure"))
                             + "?[" + re.escape(_chars("counted_place_levels")) + "]")
# the bodies that have such organs as bodies of their own: parties, fronts, legislatures (an
# association's 常务委员会 is its board: 协会常务委员会委员 is a post in the association)
_ORGAN_BASES = _words("organ_bases")
_ORGANS = _words("organs")
_STATION, _SESSION, _EACH = _chars("station"), _chars("session"), _chars("each")
_COMMITTEE_END, _JOINERS, _HYPHEN = _chars("committee_end"), _chars("joiners"), _chars("hyphen")
_DASH = _JOINERS.replace(_HYPHEN, "")[:1]
# suffixes that are also verbs (组织 = to organise) and the particles after such a verb (由外交部 + 组织 + 的)
_VERBAL_SUFFIXES = frozenset(_words("verbal_suffixes")) if "verbal_suffixes" in _W else frozenset()
_CLAUSE_PARTICLES = _words("clause_particles") if "clause_particles" in _W else ()
# verbs of setting up an office (在某市 + 建立 + 领事馆): between a place and a body's word they end the name
# and of sending or choosing (土耳其 + 派遣 + 救援队, 越南国会 + 选举国会 + 主席 — en35)
# and of winning or losing an election, and what a body does to another (某党 + 赢得 + 议会多数, 某党 + 批评 + 政府 — en36)
_SETUP_VERBS = tuple(w for key in ("setup_verbs", "sending_verbs", "election_verbs", "acting_verbs") if key in _W
                     for w in _words(key))
# plain words a one-character stop closes (智 + 能, 社 + 会): the stop inside one ends no name
_STOP_CLOSED = Words(_words("stop_closed_words"))
# plain words that open on a suffix's last character (陆军 + 事 is 军事): no suffix ends there
_PLAIN_AFTER = Words(_words("plain_after_suffix"))
# a meeting's word on a suffix's last character (投资促进会 + 议): no body's name ends there
_MEETING_AFTER = re.compile(_chars("meeting_after_suffix") if "meeting_after_suffix" in _W else "(?!)")
# a numbered unit of a body (对外联络部 + 二局): no body's name of its own
_UNIT_NUMERALS, _UNIT_WORDS = _chars("unit_numerals"), _chars("unit_words")


# suffixes that end a body's name only after a country (某国 + 安全会议; 某城市国际安全会议 is a meeting)
_COUNTRY_ONLY = frozenset(_words("country_only_suffixes")) if "country_only_suffixes" in _W else frozenset()
# a meeting's word that ends a body's name only before one of a body's organs (某某国际会议 + 常务委员会)
_ORGAN_LED = frozenset(_words("organ_led_suffixes")) if "organ_led_suffixes" in _W else frozenset()
_BODY_ORGANS = _words("body_organs") if "body_organs" in _W else ()


# a department of the body read, named by its head's post right after it (国会办公厅 + 外事局 + 局长)
_DEPT_WORDS = _chars("department_words")
_DEPARTMENT = re.compile(rf"[\u4e00-\u9fff]{{2,4}}?([{re.escape(_DEPT_WORDS)}])(?=副?\1长)")


def _organ_led(text: str, j: int, suf: str | None) -> bool:
    """The meeting's word `suf` at text[j] is followed by one of a body's organs (会议 + 常务委员会)."""
    return suf in _ORGAN_LED and text.startswith(_BODY_ORGANS, j + len(suf or ""))


def _closes_word(text: str, j: int, e: int) -> bool:
    """The stop at text[j] closes a plain word that opens inside the name, after its opener (世界 +
    智能 + 社区论坛: 能 is no verb there)."""
    return any(_STOP_CLOSED.at(text, k, min_end=j + 1) for k in range(max(e, j - 3), j))


# the character that makes a body's one character its head's post (外文局 + 局长: no 外文局局)
_HEAD_TAIL = _chars("head_post_tail")


# the most characters between a name's opener and its suffix (埃及 + 阿拉伯社会主义 + 联盟)
_WINDOW = 7
# ...and between two partners' short forms and a joint body's word (中越 + 北部湾海上共同开发磋商 + 工作组)
_JOINT_WINDOW = 10
# a delimiter that is no joiner: the reader never reads past one
_HARD_DELIM = re.compile("[" + "".join(map(re.escape, sorted(set(DELIMS) - set(_JOINERS)))) + "]")


def _glossed_delim(text: str, e: int, stop: int, place_ends: set[int]) -> bool:
    """A delimiter between text[e] and `stop` that no Latin gloss right after a place explains (越南驻 +
    旧金山(San Francisco) + 总领事馆: the gloss is the place's, inside the body's name)."""
    d = _HARD_DELIM.search(text, e, stop)
    while d is not None and d.start() in place_ends and (g := gloss_end(text, d.start())) > d.start():
        d = _HARD_DELIM.search(text, g, stop)
    return d is not None


def _unglossed(text: str, s: int, end: int, glosses: list[tuple[int, int]]) -> str:
    """The name from text[s] to `end` without the Latin glosses inside it (越南驻旧金山总领事馆)."""
    out, at = [], s
    for a, b in glosses:
        out.append(text[at:a])
        at = b
    return "".join(out) + text[at:end]


def _word_starts(words: Words, text: str) -> list[int]:
    """Where a word of the list starts in the text, in order: read off the page's one Aho-Corasick pass
    (scan.py, which holds the suffix lists), not a pass of an automaton of the list's own per list."""
    return sorted({s for _, at in found_words(text, words.words) for s in at})


def suffix_names(text: str, starts: list[tuple[int, int]], suffixes: Words, rules: NameRules,
                 kind: str, min_mid: int, country_at: dict[int, int] | None = None,
                 place_at: dict[int, int] | None = None, bodies: frozenset[str] = frozenset(),
                 known_ends: dict[int, int] | None = None, partnered: bool = False) -> list[Mention]:
    """A name that opens with a known name (or opener) and ends with a suffix of its kind, no stop
    word or punctuation between: 古巴 + 农业 + 部, 河内 + 市公安 + 局, 柬埔寨 + 班迭棉吉 + 省.
    `partnered`: every opener is a compound of two partners' short forms (越美, 澳葡), so a joint body's word that
    opens with a stop reads on right after it (越美 + 联合委员会, 澳葡 + 联合委员会)."""
    out = []
    country_at = country_at or {}
    place_at = place_at or {}
    place_ends = set(place_at.values())
    known_ends = known_ends or {}
    partners = {b: a for a, b in known_ends.items()}  # known bodies a dash may join a country to (中国—东盟)
    # asked at every character of every opener's window: bound once
    suffix_at, stop_at, n = suffixes.at, rules.stops.at, len(text)
    suffix_firsts, stop_firsts = suffixes.firsts, rules.stops.firsts
    suffix_starts = _word_starts(suffixes, text)
    for s, e in starts:
        if s >= 2 and text[s - 1] in _MEASURES and counted(text, s):  # (its first tests inline: most openers fail them)
            continue  # 310家越南公司: firms counted, not one firm's name
        # a province or city and its party committee share the place word: 谅山省 + 省委, 河内市 + 市委
        own = suffix_at(text, e - 1, min_len=2) if e in place_ends and kind == "ORG" else None
        if own and own[0] == text[e - 1] and own.endswith(_COMMITTEE_END):
            end = e - 1 + len(own)
            out.append(Mention(s, end, text[s:end], kind))
            seat = suffix_at(text, end, min_len=2)  # 琅勃拉邦省委 + 总部: the committee's seat too
            if seat and seat in rules.place_like_org_suffixes:
                out.append(Mention(s, end + len(seat), text[s:end + len(seat)], kind))
            continue
        # a doubled dash joins as one does (中国——中东欧国家博览会): the opener takes the first;
        # a country's partner after a dash may be a region (中国—中亚, 中国—中东欧)
        if s in country_at and e + 2 < n and text[e] == text[e + 1] == _DASH and (e + 2 in country_at or e + 2 in partners or e + 2 in place_at):
            e += 1
        # (no suffix starts before the next delimiter: the reader below finds none; most openers, issue 17)
        k = bisect_left(suffix_starts, e)
        if k == len(suffix_starts) or _glossed_delim(text, e, suffix_starts[k], place_ends):
            continue
        j = e
        skipped = 0  # a country after 驻 does not count against the window (越南驻老挝国防武官办公室)
        glosses: list[tuple[int, int]] = []  # Latin glosses of places inside the name, left out of it
        # a place right after the opener counts as one word too, for the window only (联合国 + 某地 + 临时安全特派团;
        # 中国 + 广西壮族自治区 + 联合工作委员会 stays a longer name's tail: `skipped` is not asked)
        lead = place_at[e] - e - 1 if e in place_at else 0
        while j < n and j - e - skipped - lead <= (_JOINT_WINDOW if partnered else _WINDOW):
            ch = text[j]
            if j in place_ends and j > e and (g := gloss_end(text, j)) > j:
                glosses.append((j, g))  # 驻旧金山 + (San Francisco) + 总领事馆: the place's gloss
                skipped += g - j
                j = g
                continue
            # a hyphen between two words of one name joins them (越南社会-劳动大学, 越-匈工业大学)
            # and a dash right after a country joins it to the partner that follows (老挝—中国合作委员会,
            # 中国—东盟商界领袖论坛), and one right after a place to a place (湄公河—澜沧江青年论坛, ev65)
            # (only a hyphen or dash can join: any other delimiter ends the name, asked first)
            if ch in _JOINERS:
                joined = 0 < j < n - 1 and ("\u4e00" <= text[j - 1] <= "\u9fff" or text[j - 1] == ch == _DASH) and "\u4e00" <= text[j + 1] <= "\u9fff" \
                    and ((ch == _HYPHEN and j > e) or (j == e and s in country_at
                                                   and (j + 1 in country_at or j + 1 in partners or j + 1 in place_at))
                         or (j == e and s in place_at and j + 1 in place_at))
                if not joined:
                    break
            elif ch in DELIMS:
                break
            if j == e + 1 and j in partners and text[e] in _JOINERS:  # the partner counts as one word
                skipped += partners[j] - j
            if j in place_at and j > e:  # a place inside counts as one word (中共 + 广西壮族自治区 + 委员会)
                skipped += place_at[j] - j - 1
            # the longest suffix here, asked once: of two characters or more it is also `opened`
            here = suffix_at(text, j) if ch in suffix_firsts else None
            # 使 opens 使馆, 会 opens 会议中心: a stop word that opens the suffix does not end the name
            opened = here if here is not None and len(here) >= 2 and j >= e else None
            # 能 in 能源, 应 in 应急 are a body's words, not the verbs that end a name; a country right
            # after the opener is a qualifier, whatever its first character (新加坡 + 中国友好协会)
            if ch in stop_firsts and stop_at(text, j) and not (ch == _STATION and j + 1 in country_at) and not (j in country_at and text[j - 1] == _STATION) \
                    and not (j == e + 1 and text[e] in _JOINERS and (j in country_at or j in partners or j in place_at)) \
                    and not (j == e and country_at.get(j, j) - j >= 2) \
                    and not (opened and (opened in _STOP_OPENED or len(opened) >= 3)) and not _organ_led(text, j, opened) \
                    and not text.startswith(_ORG_WORDS_WITH_STOPS, j) and not (j > e and _FIELD_PAIR.match(text, j)) \
                    and not ((j > e and skipped or partnered) and text.startswith(JOINT_WORDS_WITH_STOPS, j)) \
                    and not (j > e and _closes_word(text, j, e)):
                break
            if j in country_at:
                # another country inside: two names, not one (老挝…开办越南大学); but a country right
                # after the opener qualifies the body (老挝 + 越南企业协会: Vietnamese firms in Laos)
                adjacent = (j == e or (j == e + 1 and text[e] in _JOINERS)) and country_at[j] - j >= 2
                if not text.endswith(_STATION, 0, j) and not adjacent:
                    break
                skipped += country_at[j] - j
            if text.startswith(_SETUP_VERBS, j) or _DAY.match(text, j):
                break  # 岘港市 + 建立 + 领事馆: the office set up there, no body named 岘港市建立领事馆; 某组织 + 5日 + …
            if not here:  # no suffix here: none of the suffix's tests below applies
                j += 1
                continue
            suf: str | None = here
            if suf and (rules.in_plain_word(text, j, e) or (len(suf) >= 2 and (_PLAIN_AFTER.at(text, j + len(suf) - 1)
                                                                                   or _MEETING_AFTER.match(text, j + len(suf) - 1)))):
                suf = None  # 干部, 市场, 部门, 大陆 + 军事: the suffix is part of a plain word
            if suf in _ORGAN_LED and not _organ_led(text, j, suf):
                suf = None  # 某某会议 + 举行: a meeting
            if suf in _COUNTRY_ONLY and s not in country_at:
                suf = None  # 国际 + 安全会议, 某城市 + 国际安全会议: a meeting, no state's council
            # a body named by its place or country and its word alone (柏林警方, 越南海军, 纽约时报)
            # 两党, 两国: a counted noun ends no name (…人民军队关系朝着两党); 第十三届国会 is a session;
            # 各 counts the bodies (东盟各国友好组织, 联合国各特派团)
            if suf and (text[j - 1] in rules.count_chars or _COUNTED_IN.search(text, e, j) or (suf in _UNIT_WORDS and text[j - 1] in _UNIT_NUMERALS) or _SESSION in text[e:j] or _EACH in text[e:j]
                        or _COUNTED_PLACES.search(text, e, j)):  # 越南四省人民委员会: four provinces' bodies
                break
            # a known body ends where the suffix does (日本媒体援引 + 日本政府): that body is the name;
            # a known body that is the suffix's own tail is none (菲律宾 + 海上自卫队 over a known 自卫队)
            if suf and e < known_ends.get(j + len(suf), e) <= j:
                break
            if suf and j == e and suf in _ORGANS and not text[s:e].endswith(_ORGAN_BASES):
                break  # 商会 + 常务委员会: the board of a known body, not a body of its own
            # (a mission's word right after 驻 and its place: 驻日本 + 使馆)
            if suf and (j - e >= min_mid or len(suf) >= 3 or suf in rules.whole_after_place
                        or (text[s] == _STATION and len(suf) >= 2)
                        or (suf in rules.whole_after_city and e in place_ends)):
                end = j + len(suf)
                # a body's word that begins after the opener's first character reads the opener
                # otherwise (越中 + 国防部 is no 中国 + 防部; 古共 + 中央书记处 is 古共中央 + 书记处)
                if e - s >= 2 and text[s + 1:end] in bodies:
                    break
                # suffixes in a row make one name (友好组织 + 联合会)
                nxt = suffix_at(text, end, min_len=2)
                # 外交部 + 组织 + 的: a suffix that is also a verb, before the particle that ends its clause
                if nxt in _VERBAL_SUFFIXES and text.startswith(_CLAUSE_PARTICLES, end + len(nxt)):
                    nxt = None
                while nxt and not (nxt in _ORGANS and not text[s:end].endswith(_ORGAN_BASES)) \
                        and not (nxt in _ORGAN_LED and not _organ_led(text, end, nxt)) \
                        and not _PLAIN_AFTER.at(text, end + len(nxt) - 1):
                    end += len(nxt)
                    nxt = suffix_at(text, end, min_len=2)
                # a field's word that is also a suffix, then the body's one character (通信传媒 + 部)
                if end < n and text[end] in rules.body_end_chars and suffix_at(text, end) == text[end] \
                        and not rules.in_plain_word(text, end, e) and not text.startswith(_HEAD_TAIL, end + 1):
                    end += 1
                out.append(Mention(s, end, _unglossed(text, s, end, glosses), kind))
                dept = _DEPARTMENT.match(text, end) if kind == "ORG" else None
                if dept and not any(stop_at(text, k) for k in range(end, dept.end())):
                    out.append(Mention(s, dept.end(), text[s:dept.end()], kind))  # 办公厅 + 外事局 + 局长
                if kind == "ORG" and text[s:end].endswith(_ORGAN_BASES):
                    organ = next((o for o in _ORGANS if text.startswith(o, end)), None)
                    if organ:
                        out.append(Mention(s, end + len(organ), text[s:end + len(organ)], kind))
                break
            if suf in _ORGAN_LED:
                break  # (国际 + 会议: too short a name; no name reads on past a meeting's word)
            j += 1
    return out


def counted(text: str, s: int) -> bool:
    """A count with its measure word stands right before text[s] (310家, 几个, 三所)."""
    return s >= 2 and text[s - 1] in _MEASURES and (text[s - 2].isdigit() or text[s - 2] in _MEASURE_COUNTS)
