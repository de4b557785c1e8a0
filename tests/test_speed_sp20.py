"""sp20 (issue 17): each function sp20 changed gives what the code it replaced gave, on random and
invented text (the replaced code is kept as it was, or written out here)."""

from __future__ import annotations

import importlib
import importlib.util
import random
import sys
from dataclasses import replace
from pathlib import Path
from types import ModuleType, SimpleNamespace

from dipnet.model import Mention, in_order
from dipnet.timex.monthspan import month_spans
from speedref import as_before

parse = importlib.import_module("dipnet.timex.parse")

_DATA = Path(__file__).parent / "data"


def _before(name: str, file: str, package: str) -> ModuleType:
    """The module as it was before sp20 (a copy under tests/data), loaded inside `package`."""
    full = f"{package}._{name}_before_sp20"
    if full in sys.modules:
        return sys.modules[full]
    spec = importlib.util.spec_from_file_location(full, _DATA / file)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[full] = mod
    spec.loader.exec_module(mod)
    return mod


_TIME_PIECES = ["1", "2", "3", "9", "12", "17", "28", "31", "2023", "2024", "1995", "112", "年", "月", "日", "号",
                "至", "到", "-", "—", "~", "/", ".", "将于", "定于", "上周", "本周", "下周", "今天", "昨天", "明天",
                "当天", "下月", "本月", "去年", "明年", "今年", "农历", "正月", "初一", "十五", "春节", "甲辰年", "周年",
                "建交", "成立", "星期", "周一", "周日", "二〇二三", "十", "五", "一九九五", "(", ")", "（", "）",
                "多", "年来", "以来", "为期", "天", "个月", "学年度", "年度", "民国", "上旬", "中旬", "底", "初",
                " ", "\n", ",", "，", "。", "越南", "访问", "会见", "日电", "下午", "近日", "日前"]
_ANCHORS = [None, "1990", "2024", "2024-05", "2024-05-17", "2023-12-31", "2025-01-02", "2019-02-05"]


def _time_texts(seed: int, n: int, hi: int = 40) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_TIME_PIECES) for _ in range(rng.randrange(1, hi))) for _ in range(n)]


_INVENTED = [
    "甲国外长将于6月3日至5日访问乙国,双方上周在丙市举行会谈。",
    "2024年5月17日,两国庆祝建交30周年(1994年5月17日—2024年5月17日)。",
    "本月十五日至十八日,代表团访问丁国;农历正月初一是春节,甲辰年的第一天。",
    "今天下午,部长会见来访客人;昨天他抵达首都,为期三天的访问将于明天结束。",
    "112年5月24日至26日举行论坛;115年度预算;109学年度共有学生3万人。",
    "2023-12-31晚,庆祝活动举行。去年3月与今年4月的两次会谈,时隔1年。",
    "9至12日,会议在戊市召开,星期三闭幕;20多年来两国关系不断发展,逾十一载。",
    "今(2024)年5月,去(2023)年全年,明（113）年。",
    "甲辰年春节前夕,农历甲辰年正月初一,癸卯年腊月二十,乙巳年。",
    "越南与老挝于1962年9月5日正式建交。今年各地以丰富多彩的形式隆重纪念越南与老挝建交六十周年。",
    "越南共产党于1930年2月3日成立,此后带领全国各族人民不断取得一个又一个伟大的胜利,今天迎来成立95周年。",
]


def _without_untold_ahead(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """(dt1's far months told as past came after sp20: the frozen readers compare without it)"""
    monkeypatch.setattr(importlib.import_module("dipnet.timex.dayreaders"), "_told_back", lambda f, m, day: False)


def test_time_readers_at_module_level_read_what_the_closures_read(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _without_untold_ahead(monkeypatch)
    old = _before("parse", "sp20_parse_before.py", "dipnet.timex")
    texts = _time_texts(1, 3000) + _INVENTED
    found = 0
    for k, text in enumerate(texts):
        for anchor in (_ANCHORS[k % len(_ANCHORS)], _ANCHORS[(k * 3 + 1) % len(_ANCHORS)]):
            got = parse.find_times(text, anchor, offset=k % 5)
            # (dt16's month spans, joined after the readers, applied to what the old readers read)
            want = [replace(t, start=t.start + k % 5, end=t.end + k % 5) for t in month_spans(text, old.find_times(text, anchor))]
            assert got == want, (text, anchor)
            found += len(got)
    assert found > 3000  # (the texts do hold dates of every kind the pieces make)


def test_time_readers_on_lines_read_off_the_whole_text_as_before(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _without_untold_ahead(monkeypatch)
    old = _before("parse", "sp20_parse_before.py", "dipnet.timex")
    rng = random.Random(2)
    for whole in ["\n".join(_time_texts(seed, 6, 60)) for seed in range(3, 120)] + ["\n".join(_INVENTED) * 3]:
        at = 0
        for line in whole.split("\n"):
            anchor = rng.choice(_ANCHORS)
            assert parse.find_times(line, anchor, offset=at, line_of=(whole, at)) == \
                old.find_times(line, anchor, offset=at, line_of=(whole, at)), (line, anchor)
            at += len(line) + 1


scan = importlib.import_module("dipnet.timex.scan")


def _spans(found: dict) -> dict:
    return {name: [(m.span(), m.groups()) for m in ms] for name, ms in found.items()}


def test_no_time_word_holds_a_newline() -> None:
    assert not scan._NEWLINE_WORD  # (scan_line reads a line's words off the whole text's on that ground)


def test_lines_read_their_word_lists_off_the_whole_texts_words_as_a_scan_of_their_own_did() -> None:
    old = _before("scan", "sp20_scan_before.py", "dipnet.timex")
    rng = random.Random(5)
    wholes = ["\n".join(_time_texts(seed, rng.randrange(2, 12), 90)) for seed in range(200, 420)]
    wholes += ["\n".join(_INVENTED) * 2, "\n\n".join(_INVENTED), "\n" + "\n".join(_INVENTED) + "\n"]
    lines = 0
    for whole in wholes:
        assert _spans(scan._scan(whole)) == _spans(old._scan(whole))
        at = 0
        for line in whole.split("\n"):
            for size in {len(line), max(0, len(line) - rng.randrange(0, 4))}:
                assert _spans(scan.scan_line(whole, at, size)) == _spans(old.scan_line(whole, at, size)), (whole, at, size)
                lines += 1
            at += len(line) + 1
        for _ in range(5):  # (a cut inside a line: scanned alone by both)
            a = rng.randrange(0, len(whole))
            assert _spans(scan.scan_line(whole, a, 30)) == _spans(old.scan_line(whole, a, 30))
    assert lines > 1500 and any(len(w) >= scan._SHARED_LENGTH for w in wholes)


# --- one-line changes: the function as it was, rebuilt from its source with the old line back ---------------

adjust = importlib.import_module("dipnet.timex.adjust")
events = importlib.import_module("dipnet.extract.events")
page_mod = importlib.import_module("dipnet.extract.common.page")
channel = importlib.import_module("dipnet.extract.attributes.channel")
people = importlib.import_module("dipnet.recognize.people")


_OLD_WEEKDAYS = ("list(map(_naming_a_document, [text] * len(times), times))", "[_naming_a_document(text, t) for t in times]")
_OLD_TYPES = ("list(map(cb.types.__getitem__, sorted(map(place.__getitem__, filter(place.__contains__, names)))))",
              "[cb.types[i] for i in sorted([place[n] for n in names if n in place])]")
_OLD_OVERLAPPING = ("""near = self.mentions[bisect_left(self._starts, start - self._longest):bisect_left(self._starts, end)]
    return [m for m in near if m.end > start] if near else near""",
                    """lo = bisect_left(self._starts, start - self._longest)
    return [m for m in self.mentions[lo:bisect_left(self._starts, end)] if m.end > start]""")
_OLD_IN_SPAN = ("""near if not (near := mentions[lo:hi]) or max(map(_END, near)) <= end \\
                else [m for m in near if m.end <= end]""", "[m for m in mentions[lo:hi] if m.end <= end]")
_OLD_UNTITLED = ("""spans = [(a, b) for a, b in near if a < end and b > start] if (near := page.titles_near(start, end)) else []
    spans += [(m.start, m.end) for m in papers if start <= m.start < end and m.end > start] if (papers := _papers(page)) else []""",
                 """spans = [(a, b) for a, b in page.titles_near(start, end) if a < end and b > start]
    spans += [(m.start, m.end) for m in _papers(page) if start <= m.start < end and m.end > start]""")
_OLD_POST_SECTOR = ("[(a, b) for a, b in titled if g <= b <= start] if (titled := page.titles_near(g, start + 1)) else []",
                    "[(a, b) for a, b in page.titles_near(g, start + 1) if g <= b <= start]")
_OLD_PEOPLE = ("""near = named_spans[bisect_left(starts, a - longest):bisect_left(starts, b)]
        return [(s, e) for s, e in near if e > a] if near else near  # (nothing near, as mostly: no comprehension)""",
               "return [(s, e) for s, e in named_spans[bisect_left(starts, a - longest):bisect_left(starts, b)] if e > a]")


eventdates = importlib.import_module("dipnet.extract.attributes.eventdates")
sameday = importlib.import_module("dipnet.extract.finding.sameday")
shortrefs = importlib.import_module("dipnet.extract.common.shortrefs")
numbers = importlib.import_module("dipnet.extract.figures.numbers")
_OLD_FORCES = ("{_FORCES.get(s, s) for s in sectors if s} if sectors else sectors",
               '{{"military": "military", "defence": "military"}.get(s, s) for s in sectors if s}')
_OLD_USABLE = ("list(filter(usable, times.starting_in(a, b)))", "[t for t in times.starting_in(a, b) if usable(t)]")
_OLD_DATES = ("len(set(map(_DATE, group)))", "len({e.date for e in group})")
_OLD_HOLDERS = ("[e for e in held_by if e.name.startswith(s) and len(e.name) > len(s)] if (held_by := holders(post)) else []",
                "[e for e in holders(post) if e.name.startswith(s) and len(e.name) > len(s)]")
_OLD_RELATIVE = ('"relative" not in map(_KIND, times)', 'not any(t.kind == "relative" for t in times)')


kinds = importlib.import_module("dipnet.recognize.kinds")
visitrefs = importlib.import_module("dipnet.extract.participants.visitrefs")
_OLD_TITLE_OVERLAPS = ("""    near = titles.near(m.end, m.end)  # (no generator, and no reader made, where no title is near)
    if not near:
        return False

""", "", """    return any(s < m.end < e""", """    near = titles.near(m.end, m.end)
    return bool(near) and any(s < m.end < e""")
_OLD_DOTTED = ("next((e for e in named if e.type == \"COUNTRY\"), None) if (named := kb.by_name(joined)) else None",
               "next((e for e in kb.by_name(joined) if e.type == \"COUNTRY\"), None)")
_OLD_HOSTS = ("[p for p in ev.participants if p not in ev.source] if ev.source else list(ev.participants)",
              "[p for p in ev.participants if p not in ev.source]")


link = importlib.import_module("dipnet.recognize.link")
postbodies = importlib.import_module("dipnet.recognize.postbodies")
repeat = importlib.import_module("dipnet.recognize.repeat")
_OLD_LINK = ("[m for m in found.mentions if m.kb_id is not None] + [m for m in found.mentions if m.kb_id is None]",
             "sorted(found.mentions, key=lambda m: m.kb_id is None)",
             "canon_people.first(m.text, _mentions_of)", "canon_people.first(m.text, lambda p: p.mentions)",
             "kb_people.first(m.text, _names_of)", "kb_people.first(m.text, lambda g: [g.name, *g.mentions])")
_OLD_POST_BODIES = ("in_order(doc.mentions + added)", "sorted(doc.mentions + added, key=lambda m: (m.start, -m.end))")
_OLD_REPEATED = ("sorted(sorted({f for f in e.mentions if len(f) >= 2}), key=len, reverse=True)",
                 "sorted({f for f in e.mentions if len(f) >= 2}, key=lambda f: (-len(f), f))")


timeindex = importlib.import_module("dipnet.extract.common.timeindex")
messages = importlib.import_module("dipnet.extract.participants.messages")
spoken = importlib.import_module("dipnet.extract.finding.spoken")
namerepeats = importlib.import_module("dipnet.recognize.namerepeats")
lastparts = importlib.import_module("dipnet.recognize.lastparts")
unnamed = importlib.import_module("dipnet.extract.figures.unnamed")
checks = importlib.import_module("dipnet.timex.checks")
_OLD_TIME_ORDER = ("key=[t.start for t in times].__getitem__", "key=lambda i: times[i].start")
_OLD_BY_START = ("key=[t.start for t in solar].__getitem__", "key=lambda i: solar[i].start")
_OLD_TITLES = ("sorted(sorted({r.title for r in self.doc.roles}), key=len, reverse=True)",
               "sorted({r.title for r in self.doc.roles}, key=lambda t: (-len(t), t))")
# (ev65: the venue's reading moved from events._one to participants/venues.meeting_venue, places of kinds that name no venue
# left out of it; the stable partition is compared there)
venues = importlib.import_module("dipnet.extract.participants.venues")
_OLD_LOCS = ("""if len(locs) > 1:  # (those outside the name first, else in order: the stable sort, without a key call per place)
        locs = [m for m in locs if not named <= m.start < end] + [m for m in locs if named <= m.start < end]""",
             """locs = sorted(locs, key=lambda m: named <= m.start < end)""")


def test_sorts_without_key_calls_as_before() -> None:
    rng = random.Random(16)
    for _ in range(3000):
        ms = [Mention(a, a + rng.randrange(0, 4), "甲", "PERSON", kb_id=rng.choice([None, "p1", ""]))
              for a in (rng.randrange(0, 9) for _ in range(rng.randrange(0, 9)))]
        assert [m for m in ms if m.kb_id is not None] + [m for m in ms if m.kb_id is None] == \
            sorted(ms, key=lambda m: m.kb_id is None)
        got = in_order(ms)
        assert got == sorted(ms, key=lambda m: (m.start, -m.end)) and all(x is y for x, y in
                                                                         zip(got, sorted(ms, key=lambda m: (m.start, -m.end)), strict=True))
        starts = [rng.randrange(0, 5) for _ in range(rng.randrange(0, 8))]
        assert sorted(range(len(starts)), key=starts.__getitem__) == sorted(range(len(starts)), key=lambda i: starts[i])
        counts = {w: rng.randrange(1, 4) for w in rng.sample("甲乙丙丁戊己", rng.randrange(0, 6))}
        assert sorted(counts, key=counts.__getitem__, reverse=True) == sorted(counts, key=lambda k: -counts[k])
        assert max(counts, key=counts.__getitem__, default=None) == max(counts, key=lambda k: counts[k], default=None)
        forms = {"".join(rng.choice("甲乙丙丁a") for _ in range(rng.randrange(2, 6))) for _ in range(rng.randrange(0, 7))}
        assert sorted(sorted(forms), key=len, reverse=True) == sorted(forms, key=lambda f: (-len(f), f))


def test_numerals_read_by_set_tests_as_before() -> None:
    old_section = as_before(numbers._section, "_DIGIT_SET.issuperset(s) and (len(s) >= 3 or not _ZEROS.isdisjoint(s))",
                             'all(c in DIGITS for c in s) and (len(s) >= 3 or any(c in "〇零○" for c in s))')
    old_int = as_before(numbers.chinese_to_int, "not _CN_SET.issuperset(s)", "any(c not in CN_CHARS for c in s)")
    rng = random.Random(14)
    chars = list(numbers.CN_CHARS) + ["甲", "1", "个"]
    for _ in range(4000):
        s = "".join(rng.choice(chars) for _ in range(rng.randrange(0, 7)))
        assert numbers.chinese_to_int(s) == old_int(s), s
        if all(c in numbers.CN_CHARS for c in s):
            assert numbers._section(s) == old_section(s), s


def test_same_day_years_ago_as_before() -> None:
    old = as_before(adjust.same_day_years_ago, *_OLD_RELATIVE)
    for k, text in enumerate(_time_texts(15, 800) + _INVENTED + ["3年前的今天,两国建交。"]):
        anchor = _ANCHORS[k % len(_ANCHORS)]
        times = parse.find_times(text, anchor)
        assert adjust.same_day_years_ago(text, times, anchor) == old(text, times, anchor)


def test_weekdays_beside_dates_as_before() -> None:
    old = as_before(adjust._weekdays_beside_dates, *_OLD_WEEKDAYS)
    for k, text in enumerate(_time_texts(11, 800) + _INVENTED):
        times = parse.find_times(text, _ANCHORS[k % len(_ANCHORS)])
        assert adjust._weekdays_beside_dates(text, times) == old(text, times)


def test_types_of_picked_in_c_as_before() -> None:
    from dipnet.extract.common.codes import codebook

    cb = codebook()
    old = as_before(events._types_of, *_OLD_TYPES)
    names = [t.name for t in cb.types] + ["甲", "", "NONE"]
    rng = random.Random(12)
    for _ in range(2000):
        pick = set(rng.sample(names, rng.randrange(0, 6)))
        assert events._types_of(cb, pick) == old(cb, pick)


def _spans_page(rng: random.Random) -> SimpleNamespace:
    ms = sorted((Mention(a, a + rng.randrange(1, 7), "甲", "PERSON") for a in (rng.randrange(0, 80) for _ in range(rng.randrange(0, 12)))),
                key=lambda m: m.start)
    titles = sorted({(a, a + rng.randrange(1, 6)) for a in (rng.randrange(0, 80) for _ in range(rng.randrange(0, 6)))})
    ns = SimpleNamespace(mentions=ms, _starts=[m.start for m in ms], _longest=max([m.end - m.start for m in ms], default=0),
                         _holders=[[] for _ in ms], _title_order=titles, _title_starts=[a for a, _ in titles],
                         _title_longest=max([b - a for a, b in titles], default=0), entities={},
                         doc=SimpleNamespace(text="".join(rng.choice("甲乙丙丁部长、兼 ") for _ in range(90))))
    ns.titles_near = lambda s, e: page_mod.EventPage.titles_near(ns, s, e)
    ns.overlapping = lambda s, e: page_mod.EventPage.overlapping(ns, s, e)
    return ns


def test_page_spans_as_before() -> None:
    old_overlapping = as_before(page_mod.EventPage.overlapping, *_OLD_OVERLAPPING)
    old_in_span = as_before(page_mod.EventPage.in_span, *_OLD_IN_SPAN)
    old_untitled = as_before(channel._untitled, *_OLD_UNTITLED)
    old_post = as_before(channel._post_span, *_OLD_POST_SECTOR)  # (the post's span is read there since ch1; sp21 split it)
    rng = random.Random(13)
    hits = 0
    for _ in range(2000):
        page = _spans_page(rng)
        a = rng.randrange(0, 90)
        b = rng.randrange(a, 95)
        assert page_mod.EventPage.overlapping(page, a, b) == old_overlapping(page, a, b)
        got = page_mod.EventPage.in_span(page, a, b)
        page.__dict__.pop("_in_span", None)
        assert got == old_in_span(page, a, b)
        page.__dict__.pop("_in_span", None)
        assert channel._untitled(page, a, b) == old_untitled(page, a, b)
        assert channel._post_span(page, a) == old_post(page, a)
        hits += bool(got)
    assert hits > 500


_PAGES = [
    "越南与老挝举行会谈\n\n越通社河内——2024年5月17日,越南国家主席某某在河内会见老挝国会主席某某。"
    "双方表示将加强合作。越南外交部副部长甲乙丙出席。老挝驻越南大使某某陪同会见。",
    "柬埔寨首相访问越南\n\n据越通社报道,柬埔寨首相某某于3日至5日对越南进行正式访问。访问期间,两国签署了5份合作文件,"
    "越南政府总理某某与柬埔寨首相某某举行会谈。越南向柬埔寨提供300万美元援助。",
    "中国外交部发言人表示\n\n中国外交部发言人某某12日在例行记者会上表示,中方愿同越方加强合作。"
    "越共中央总书记某某致电祝贺。越南国防部长某某大将会见中国驻越南大使某某。",
]


def test_pages_extract_as_before(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dipnet.contract import to_record
    from dipnet.pipeline import extract

    olds = [(adjust, "_weekdays_beside_dates", as_before(adjust._weekdays_beside_dates, *_OLD_WEEKDAYS)),
            (events, "_types_of", as_before(events._types_of, *_OLD_TYPES)),
            (page_mod.EventPage, "overlapping", as_before(page_mod.EventPage.overlapping, *_OLD_OVERLAPPING)),
            (page_mod.EventPage, "in_span", as_before(page_mod.EventPage.in_span, *_OLD_IN_SPAN)),
            (channel, "_untitled", as_before(channel._untitled, *_OLD_UNTITLED)),
            (channel, "_post_span", as_before(channel._post_span, *_OLD_POST_SECTOR)),
            (people, "find_people", as_before(people.find_people, *_OLD_PEOPLE)),
            (channel, "channel", as_before(channel.channel, *_OLD_FORCES)),
            (eventdates, "_event_date", as_before(eventdates._event_date, *_OLD_USABLE)),
            (sameday, "sentence_dates", as_before(sameday.sentence_dates, *_OLD_DATES)),
            (shortrefs, "short_references", as_before(shortrefs.short_references, *_OLD_HOLDERS)),
            (adjust, "same_day_years_ago", as_before(adjust.same_day_years_ago, *_OLD_RELATIVE)),
            (kinds, "title_overlaps", as_before(kinds.title_overlaps, *_OLD_TITLE_OVERLAPS)),
            (kinds, "dotted_kind", as_before(kinds.dotted_kind, *_OLD_DOTTED)),
            (visitrefs, "region_trips", as_before(visitrefs.region_trips, *_OLD_HOSTS)),
            (link, "link", as_before(link.link, *_OLD_LINK)),
            (postbodies, "add_post_bodies", as_before(postbodies.add_post_bodies, *_OLD_POST_BODIES)),
            (repeat, "add_repeated_names", as_before(repeat.add_repeated_names, *_OLD_REPEATED)),
            (timeindex.TimeIndex, "__init__", as_before(timeindex.TimeIndex.__init__, *_OLD_TIME_ORDER)),
            (checks, "check_contradictions", as_before(checks.check_contradictions, *_OLD_BY_START)),
            (page_mod.EventPage, "_titles", as_before(page_mod.EventPage._titles, *_OLD_TITLES)),
            (venues, "meeting_venue", as_before(venues.meeting_venue, *_OLD_LOCS)),
            (link, "dedupe_roles", as_before(link.dedupe_roles, "key=_START)", "key=lambda r: r.start)")),
            (messages, "message_sides", as_before(messages.message_sides, "sorted(told, key=_START)",
                                                   "sorted(told, key=lambda m: m.start)")),
            (spoken, "statement_speakers", as_before(spoken.statement_speakers, "key=_FIRST_TWO", "key=lambda r: (r[0], r[1])")),
            (namerepeats, "_repeats", as_before(namerepeats._repeats, "sorted(sorted(forms), key=len, reverse=True)",
                                                 "sorted(forms, key=lambda f: (-len(f), f))")),
            (lastparts, "last_part_repeats", as_before(lastparts.last_part_repeats, "sorted(sorted(parts), key=len, reverse=True)",
                                                        "sorted(parts, key=lambda p: (-len(p), p))")),
            (unnamed, "capital_of", as_before(unnamed.capital_of, "key=re.Match.start", "key=lambda h: h.start()")),
            (page_mod.EventPage, "_home", as_before(page_mod.EventPage._home, "key=counts.__getitem__", "key=lambda k: counts[k]")),
            (page_mod.EventPage, "_pair", as_before(page_mod.EventPage._pair, "key=counts.__getitem__, reverse=True",
                                                     "key=lambda k: -counts[k]"))]
    for text in _PAGES + ["\n".join(_INVENTED)]:
        new = to_record(extract(text))
        with monkeypatch.context() as m:
            for owner, name, fn in olds:  # (the code swapped in place: every module that imported the name runs it)
                m.setattr(getattr(owner, name), "__code__", fn.__code__)
            assert to_record(extract(text)) == new, text
        assert new["events"] or text.startswith("今")
