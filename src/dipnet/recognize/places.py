"""Names read by their form rather than known: places by their administrative or natural-feature
word (永隆省, 六门礁), periodicals by title marks (《人民报》) and ships by 号 beside a ship's word."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from dipnet.model import Mention, SpanIndex
from dipnet.recognize.gloss import gloss_end
from dipnet.recognize.lexicon import NameRules, name_rules, read_word
from dipnet.recognize.namereads import DELIMS
from dipnet.recognize.scan import find_all
from dipnet.rx import plain as _plain
from dipnet.rxneeds import may_hold
from dipnet.rxstarts import finditer as starts_finditer
from dipnet.rxstarts import places as start_places

# the lengths of a place's name before its word, longest tried first; five and six only for a name
# wholly in transliteration characters (金塔纳罗奥 + 州)
_LENGTHS = (6, 5, 4, 3, 2)
_PLAIN_LONGEST = 4
# the place words read only after a name wholly in transliteration of three characters or more
# (提贝斯提 + 区: 地区, 社区, 灾区 are plain words)
_TRANSLIT_ONLY = tuple(read_word("transliterated_place_suffixes"))
# a place word that ends a city's own name before the city's word (罗州 + 市, 清州 + 市): names.toml
_STACKED = tuple(read_word("stacked_place_suffixes"))
# a stop character that may end a two-character place's name (复和 + 县): names.toml
_FINAL_STOPS = str(read_word("place_final_stops"))
# the joining words and prepositions that may open such a name (与 + 东和坊, 在 + 复和县)
_FINAL_JOINERS = str(read_word("conjunctions"))


def _final_stop(text: str, cand: str, stops: list[int], s: int, k: int, after: set[int]) -> bool:
    """A two-character place whose one stop is its last character, opening at a clear boundary (复和 + 县)."""
    return len(cand) == 2 and cand[-1] in _FINAL_STOPS and [x for x in stops if x >= s] == [k - 1] and \
        (s == 0 or text[s - 1] in DELIMS or s in after or text[s - 1] in _FINAL_JOINERS)


_TITLED = _plain(r"《([\u4e00-\u9fff]{2,10})》")
# a source credit: a label and the outlet in brackets, the outlet alone in brackets or before a credit
# word, an agency, a place and a date before 电 at a line's start, a source label on its line, or the
# bracket of a news flash (【大公报讯】, 【东网专讯】); the words from names.toml [credit_source_words]
@lru_cache(maxsize=1)
def _credited() -> re.Pattern[str]:
    w = dict(name_rules().credit_source_words)

    def alt(key: str) -> str:
        return "|".join(map(re.escape, w[key]))

    def one(key: str) -> str:
        return re.escape(str(w[key]))
    return _plain(rf"[(（](?:{alt('labels')})[:：]\s*(?P<name>[\u4e00-\u9fff]{{2,10}})\s*[)）]"
        rf"|[(（](?P<name2>[\u4e00-\u9fff]{{2,8}}?)(?:{alt('bracket_words')}|/|[)）])"
        rf"|(?:^|\n|(?<=[)）]))[ \u3000]*(?P<name3>[\u4e00-\u9fff]{{1,6}}(?:{alt('dateline_outlets')}))"
        rf"(?:[\u4e00-\u9fff]{{0,8}}|[/／][\u4e00-\u9fff]{{2,6}}[/／])\d{{1,2}}{one('month')}"
        rf"\d{{1,2}}(?:{alt('dateline')}|日?[/／-])"
        rf"|(?:{alt('source')})[:：]\s*(?P<name4>[\u4e00-\u9fff]{{2,14}})(?![\u4e00-\u9fff])"
        rf"|【[A-Za-z.]*(?P<name5>[\u4e00-\u9fff]{{2,8}}?){one('flash_special')}?{one('flash')}】"
        rf"|[\\/／](?P<name6>[\u4e00-\u9fff]{{1,6}}{one('agency')})[ \u3000]*(?=\n|$)"
        rf"|(?:^|\n|[:：])[ \u3000]*(?P<name7>[\u4e00-\u9fff]{{1,8}}(?:{alt('site_words')}))[ \u3000]*[>＞]"
        r"|(?:^|\n)[ \u3000]*[(（](?P<name8>[A-Z][A-Z0-9]{1,9})[)）](?=[ \u3000\-—]*[\u4e00-\u9fff])"
        rf"|(?:^|\n|(?<=[。！？!?]))[ \u3000]*(?P<name9>[\u4e00-\u9fff]{{1,6}}{one('agency')})(?:{alt('photo_words')})"
        r"|(?:^|\n)[ \u3000]*[<＜〈](?P<name10>[\u4e00-\u9fff]{2,8})[>＞〉](?=[ \u3000]*[\u4e00-\u9fff])"
        rf"|(?:^|\n)[ \u3000]*(?P<name11>[\u4e00-\u9fff]{{1,8}}?(?:{alt('report_outlets')})){one('flash')}(?=[ \u3000(（:：])"
        rf"|【(?P<name12>[\u4e00-\u9fff]{{2,8}}?)(?:\d{{4}}年)?\d{{1,2}}{one('month')}\d{{1,2}}日"
        rf"(?:{alt('desk_reports')})】")


# the second outlet of a bracketed credit, after a slash: (越通社/民族与山区画报)
_SLASHED = _plain(r"[(（][\u4e00-\u9fff]{2,8}/(?P<name>[\u4e00-\u9fff]{2,10})[)）]")
# a photo credit's list after its label and a slash: (图/达志影像/美联社), (图／路透)
_LABELLED_LIST = _plain(r"[(（](?:图片|照片|图)[/／](?P<names>[\u4e00-\u9fff]{2,10}(?:[/／][\u4e00-\u9fff]{2,10})*)[)）]")


def periodicals(text: str, rules: NameRules) -> list[Mention]:
    """A title in 《》 that ends in a periodical's word names a news outlet (据《东方早报》报道); a
    document's title (《联合声明》, 《报告》) does not end in one."""
    return [Mention(m.start(1), m.end(1), m.group(1), "ORG") for m in _TITLED.finditer(text)
            if m.group(1).endswith(rules.media_suffixes) and not rules.stop_at(m.group(1), 0)]


# the network itself credited as a picture's source ((图片来源:互联网)): no outlet
_NETWORK = frozenset(dict(name_rules().credit_source_words).get("network_words", ()))


def credited_outlets(text: str, rules: NameRules) -> list[Mention]:
    """A news outlet credited as a source by its form: in brackets after a source label ((图片来源:人民军队报),
    (来源:解放军报)), alone in brackets or before a credit word ((时代报), (法新社档案照), (中央社记者…)),
    an agency opening a dateline (中评社北京10月23日电), after a source label on its line (来源:大公报)
    and in the bracket of a news flash (【东网专讯】, 【大纪元4月18日报导】) or before 讯 opening a line
    (大西北网讯 …), and the outlet
    after a slash in a bracketed credit
    ((越通社/民族与山区画报)), and in angle brackets opening the article (<某某通讯> 国防部长…). The name ends
    in an outlet's word."""
    words = rules.outlet_words
    if not words:
        return []
    out = []
    credited = _credited()
    for m in [*starts_finditer(credited, text, start_places(credited.pattern)), *_SLASHED.finditer(text)]:
        g = next(g for g in ("name", "name2", "name3", "name4", "name5", "name6", "name7", "name8",
                                "name9", "name10", "name11", "name12")
                 if m.groupdict().get(g))
        name = m.group(g)
        if g == "name12" and name[0] != "本":  # 【大纪元4月18日报导】: the dated bracket names the outlet
            out.append(Mention(m.start(g), m.end(g), name, "ORG"))
            continue
        if g == "name8":  # (VGP)越南外交部发言人…: the outlet's initials open the article
            out.append(Mention(m.start(g), m.end(g), name, "ORG"))
            continue
        word = next((w for w in words if name.endswith(w)), None)
        # brackets and a dateline bound the name: a one-character stop may open it (时代报, 中评社)
        # 本报, 本网: the outlet says "this paper" of itself
        if word and len(name) > len(word) and len(rules.stop_at(name, 0) or "") < 2 and name[0] != "本" \
                and name not in _NETWORK:
            out.append(Mention(m.start(g), m.end(g), name, "ORG"))
    for m in _LABELLED_LIST.finditer(text):
        k = m.start("names")
        for part in re.split(r"[/／]", m.group("names")):
            if any(part.endswith(w) and len(part) > len(w) for w in words) and not rules.stop_at(part, 0):
                out.append(Mention(k, k + len(part), part, "ORG"))
            k += len(part) + 1
    return out


@lru_cache(maxsize=1)
def _reported() -> re.Pattern[str]:
    """An outlet cited as the one reporting (据路透社报道, 日本「某某新闻」等报导, 。美联社报道): after a
    word of citing or a quote mark, or opening a clause, a run of Chinese characters before a verb
    of reporting (words from names.toml [name_read_words])."""
    w = dict(name_rules().name_read_words)
    cite = "|".join(map(re.escape, w.get("cite_words", ())))
    verbs = "|".join(map(re.escape, w.get("report_verbs", ())))
    return _plain(rf"(?:(?:{cite})|[「“《]|(?:^|(?<=[。，,；;：:\n])))(?P<name>[\u4e00-\u9fff]{{2,9}}?)[」”》]?等?(?:{verbs})")


@lru_cache(maxsize=1)
def _report_verbs() -> tuple[re.Pattern[str], int]:
    """The verbs of reporting, and how far after a match's start _reported's verb can stand (a cite word,
    the run of at most 9, a closing quote and 等)."""
    w = dict(name_rules().name_read_words)
    verbs = "|".join(map(re.escape, w.get("report_verbs", ()))) or "(?!)"
    return _plain(verbs), max(map(len, w.get("cite_words", ())), default=0) + 9 + 2


def reported_outlets(text: str, rules: NameRules) -> list[Mention]:
    """News outlets cited as reporting (据路透社报道, 日本「某某新闻」等报导): the cited run ends in an
    outlet's word and opens with no word that counts or points (该报, 这家报社, 当地媒体)."""
    words = rules.outlet_words
    if not words:
        return []
    out = []
    reported, verbs = _reported(), _report_verbs()
    if not may_hold(reported, text):
        return []  # (no verb of reporting on the page: nothing cited as reporting)
    for m in starts_finditer(reported, text, start_places(reported.pattern), verbs):
        name = m.group("name")
        word = next((w for w in words if name.endswith(w)), None)
        if word and len(name) > len(word) and not rules.stop_at(name, 0) and \
                not name.startswith(rules.company_non_names) and not name.startswith(rules.generic_body_words) \
                and not any(rules.stop_at(name, k) for k in range(1, len(name))):
            out.append(Mention(m.start("name"), m.end("name"), name, "ORG"))
    return out


def ships(text: str, rules: NameRules, ends: set[int]) -> list[Mention]:
    """Ships' names: a run ending in 号 next to a word for a ship, before it (航空母舰卡尔文森号) or after
    it, past a Latin gloss (韦恩梅尔号(USS Wayne E. Meyer)驱逐舰). The name starts after punctuation, a
    ship's word, a stop word or a known name (中国 + 海洋地质八号)."""
    words = rules.ship_words
    if words is None:
        return []
    out = []
    for k in find_all(text, "号"):
        end = k + 1
        s = k
        # a dotted name is one run (西奥多·罗斯福号)
        while s > 0 and k - s < 10 and ("\u4e00" <= text[s - 1] <= "\u9fff" or text[s - 1] == "·") and s not in ends and \
                not words.ends_at(text, s) and not rules.stop_at_end(text, s):
            s -= 1
        if k - s < 2 or not (s == 0 or s in ends or words.ends_at(text, s) or rules.stop_at_end(text, s)
                             or not ("\u4e00" <= text[s - 1] <= "\u9fff")):
            continue
        after = gloss_end(text, end)
        if not (words.ends_at(text, s) or words.at(text, after) or after > end):
            continue
        if any(rules.stop_at(text, x) for x in range(s, k)) or text[s] in "第每一":
            continue
        out.append(Mention(s, end, text[s:end], "ORG"))
    return out


def places(text: str, rules: NameRules, after: set[int], known: list[tuple[int, int]] | None = None) -> list[Mention]:
    """X省, X市, X县 after a boundary: 访问永隆省, 向芹苴市, 老街省保胜县; and natural features by their
    word (六门礁, 巴厘岛, 苏比克湾). `known`: spans of names already found, which a place neither starts
    inside nor swallows (中国云南省 is no 国云南省)."""
    out: list[Mention] = []
    spans = SpanIndex(known or [])
    ends = set(after)
    opened: set[int] | None = None
    for _ in range(2):  # a place read opens the next (坚江省 + 迪石市)
        found = _places_once(text, rules, ends, spans, opened)
        new = [m for m in found if (m.start, m.end) not in {(o.start, o.end) for o in out}]
        if not new:
            break
        out += new
        opened = {m.end for m in new}
        ends |= opened
    read = {(o.start, o.end) for o in out}
    out += [m for m in _introduced_places(text, rules, spans) if (m.start, m.end) not in read]
    return _as_read_elsewhere(out)


# the words that introduce a place named right after them (首都 + 卡拉卡斯, 首府 + 某某)
_PLACE_INTROS = tuple(read_word("place_intro_words"))
# the characters that take every or many of the places after them (山区 + 各 + 县)
_EVERY = str(read_word("place_every_chars"))


def _introduced_places(text: str, rules: NameRules, spans: SpanIndex) -> list[Mention]:
    """A place named right after the word that introduces it (在首都 + 卡拉卡斯 + 会见): two to six
    transliteration characters that end where a name does (punctuation, a stop word, a known name)
    and begin no known name."""
    out = []
    for w in _PLACE_INTROS:
        for k in find_all(text, w):
            s = e = k + len(w)
            if spans.near(s, s + 1) and any(a <= s < b for a, b in spans.near(s, s + 1)):
                continue
            while e < len(text) and e - s < 6 and text[e] in rules.transliteration and not rules.stop_at(text, e) \
                    and not any(a == e for a, _ in spans.near(e, e + 1)):
                e += 1
            ends = e >= len(text) or text[e] in DELIMS or rules.stop_at(text, e) is not None or \
                any(a == e for a, _ in spans.near(e, e + 1))
            if e - s >= 2 and ends:
                out.append(Mention(s, e, text[s:e], "LOCATION"))
    return out


def _as_read_elsewhere(found: list[Mention]) -> list[Mention]:
    """A place read with words before it that the page names without them elsewhere is that name:
    日本 + 福冈县 read once, then 。加深福冈县 (the sentence's verb before the name) is 福冈县 too."""
    names = sorted({m.text for m in found}, key=len)
    out = []
    for m in found:
        short = next((n for n in names if len(n) < len(m.text) and m.text.endswith(n)), None)
        out.append(Mention(m.end - len(short), m.end, short, m.type) if short else m)
    return out


def _stacked(cand: str, suf: str, holds_suffix: Callable[[str], object]) -> bool:
    """The candidate's only place word is its last character, one that a city's name may end in
    before the city's word (罗州 + 市): the name holds it."""
    return (cand[-1] + suf) in _STACKED and len(cand) >= 2 and not holds_suffix(cand[:-1])


def _places_once(text: str, rules: NameRules, after: set[int], spans: SpanIndex,
                 opened: set[int] | None = None) -> list[Mention]:
    """`opened`: on the second reading, the ends of the places the first one added. Only a place
    word with a candidate start among them can read otherwise than the first time (every other
    input is the same), so the others are not read again."""
    out = []
    false_sizes, opener_sizes = rules.false_suffixes_by_size, rules.place_non_openers_by_size
    # asked of every candidate length at every place word: one search, not a test per place word
    holds_suffix = _any_of(rules.place_rule_suffixes).search
    stop_at, stop_firsts = rules.stop_at, rules.stops.firsts
    for suf in (*rules.place_rule_suffixes, *_TRANSLIT_ONLY):
        longer = rules.longer_place_suffixes.get(suf, ())
        translit_only = suf in _TRANSLIT_ONLY
        for k in find_all(text, suf):
            if opened is not None and not any(k - length in opened for length in _LENGTHS):
                continue
            end = k + len(suf)
            # a plain word at the suffix: 市场, or 城市 (智慧城市 is no city named 智慧城), 岛礁, 海湾; a
            # longer suffix holds this one (群岛 over 岛); one set lookup per length
            if any(text[k:k + n] in ws or (end >= n and text[end - n:end] in ws) for n, ws in false_sizes) or \
                    text.endswith(longer, 0, end):
                continue
            # Han characters right before the suffix (up to 4, or 6 in transliteration characters), and
            # where stop words start among them: asked once here, not once per candidate length
            run = 0
            while run < _LENGTHS[0] and k - run > 0 and "\u4e00" <= text[k - run - 1] <= "\u9fff" and \
                    ((run < _PLAIN_LONGEST and not translit_only) or text[k - run - 1] in rules.transliteration):
                run += 1
            if translit_only and run < 3:
                continue
            stops = [x for x in range(k - run, k) if text[x] in stop_firsts and stop_at(text, x)]
            for length in _LENGTHS:
                s = k - length
                if s < 0 or length > run:
                    continue
                cand = text[s:k]
                if (length > _PLAIN_LONGEST or translit_only) and \
                        not (length >= 3 and all(c in rules.transliteration for c in cand)):
                    continue
                # 常务副 + 市长 is a post, no city: a place's name never ends in 副
                if cand[-1] == suf[0] or cand[-1] in rules.count_chars or cand[-1] == "副" or \
                        (cand[-1] in _EVERY and not all(c in rules.transliteration for c in cand)) or \
                        (stops and stops[-1] >= s and not _final_stop(text, cand, stops, s, k, after)) or \
                        (holds_suffix(cand) and not _stacked(cand, suf, holds_suffix)) or \
                        any(cand[:n] in ws for n, ws in opener_sizes) or \
                        any(1 < n < len(cand) and cand[-n:] in ws for n, ws in opener_sizes):
                    # 高平省省长 is no 高平省省; a verb that takes the place word ends no name (车队 + 驶离 + 市区)
                    continue
                near = spans.near(s, end)
                if any(a < s < b for a, b in near):
                    continue  # starts inside a known name
                if any(a <= k and end < b for a, b in near):
                    break  # the suffix is inside a known name (赫德岛和麦克唐纳群岛)
                inner = [a for a, b in near if s < a and b == end]
                # a known place ends here after another name or word (中国 + 云南省, 驻 + 福克兰群岛): that
                # is the name; after two or more transliterated characters it is part of a longer one
                # (昆士 + 兰州), after one it is not (占 + 海防市)
                if inner and (any(b == inner[0] or a < inner[0] < b for a, b in near) or inner[0] - s < 2
                              or not all(c in rules.transliteration for c in text[s:inner[0]])):
                    break
                if any(a == s and b < k for a, b in near):
                    continue  # a known country or place opens it: the name follows (印尼 + 巴厘岛)
                if any(a == s + 1 and b == k for a, b in near):
                    continue  # one character before a known place is none of it (抵 + 达 + 阿布贾 + 国际机场)
                if _cuts_stop_word(rules, text, s):
                    continue  # the name opens inside a stop word: 抵达 + 诺伊拜国际机场 is no 达诺伊拜国际机场
                # a word that stands before a place without being part of it (西北部 + 提贝斯提区) opens it
                before_ok = s == 0 or text[s - 1] in DELIMS or s in after or \
                    rules.stop_at_end(text, s) or text.endswith("位于", 0, s) or \
                    any(n >= 2 and text[s - n:s] in ws for n, ws in opener_sizes)
                if before_ok:
                    out.append(Mention(s, end, text[s:end], "LOCATION"))
                    break
    return out


def _cuts_stop_word(rules: NameRules, text: str, s: int) -> bool:
    """A stop word of two characters or more starts one or two characters before `s` and runs past
    it (抵达, 到达 before a transliterated place whose first character is a transliteration one)."""
    return any(s - back >= 0 and rules.stops.at(text, s - back, min_len=back + 1, min_end=s + 1) is not None
               for back in (1, 2))


@lru_cache(maxsize=4)
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern found in a text exactly where one of `words` is."""
    return _plain("|".join(map(re.escape, words)) or "(?!)")


def companies(text: str, rules: NameRules, taken: list[tuple[int, int]]) -> list[Mention]:
    """A group named by its own word with no country or place before it (会见了三星集团总裁…,
    前往阿里巴巴集团总部): two to five characters that a stop word or punctuation opens, holding no
    stop word, and no word that describes groups in general (大型集团, 跨国集团, 该集团)."""
    spans = SpanIndex(taken)
    out = []
    for word in (*rules.company_words, *rules.institution_words):
        shortest = 3 if word in rules.institution_words else 2
        # a group the page already names (韩国 + 乐天集团) is that name where it comes again
        at = find_all(text, word)
        if not at:  # (most words are on no page: no look at its spans)
            continue
        known = sorted({text[a:b] for a, b in taken if text.endswith(word, a, b) and b - a > len(word)}, key=len,
                       reverse=True)
        for k in at:
            if rules.in_plain_word(text, k, k):
                continue  # the word opens a plain one (集团 + 军: an army group, no company)
            again = next((n for n in known if text.startswith(n, k + len(word) - len(n))), None)
            if again:
                s, e = k + len(word) - len(again), k + len(word)
                if not any(a < e and s < b for a, b in spans.near(s, e)):
                    out.append(Mention(s, e, again, "ORG"))
                continue
            # the candidates by how plainly their start is one: after punctuation, then after the
            # longest stop word (前往 + 阿里巴巴 over 前 + 往阿里巴巴), then the longer name
            best: tuple[int, int] | None = None
            for n in range(shortest, 6):
                s = k - n
                if s < 0 or not all("\u4e00" <= c <= "\u9fff" and c not in rules.not_in_name for c in text[s:k]):
                    break
                # a one-character stop opening a word with the name's first character opens nothing
                # (所 + 属外语大学: 所属)
                opened = 99 if s == 0 or text[s - 1] in DELIMS else \
                    rules.stops.longest_ending(text, s) if rules.stop_at_end(text, s) else 0
                if not opened or any(rules.stop_at(text, x) for x in range(s, k)) or text[s] in "省市县州" or \
                        any(text[s:k].endswith(w) or text[s:k].startswith(w) for w in rules.company_non_names):
                    continue
                if best is None or (opened, n) > best:
                    best = (opened, n)
            if best is None:
                continue
            s, e = k - best[1], k + len(word)
            if not any(a < e and s < b for a, b in spans.near(s, e)):
                out.append(Mention(s, e, text[s:e], "ORG"))
    return out
