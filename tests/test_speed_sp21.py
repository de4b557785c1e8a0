"""sp21 (issue 17): each function sp21 changed gives what the code it replaced gave, on random and
invented text (the replaced code is put back into the function's own source here, then compared)."""

from __future__ import annotations

import importlib
import random
import re

from dipnet.model import Event, Mention, TimeExpr
from speedref import as_before

monthspan = importlib.import_module("dipnet.timex.monthspan")
discussed = importlib.import_module("dipnet.extract.merging.discussed")
channel = importlib.import_module("dipnet.extract.attributes.channel")
titlechains = importlib.import_module("dipnet.recognize.titlechains")
fieldbodies = importlib.import_module("dipnet.recognize.fieldbodies")
begun = importlib.import_module("dipnet.extract.attributes.begun")
places = importlib.import_module("dipnet.recognize.places")
lands = importlib.import_module("dipnet.extract.participants.lands")
prune = importlib.import_module("dipnet.extract.merging.prune")


_OLD_MONTHS = ('''    if list(map(_PRECISION, times)).count("month") < 2:  # (a span joins two times of month precision)
        return tuple(times)
''', "")
_OLD_DISCUSSED = ('trig not in sentence or "就" not in sentence:', "trig not in sentence:")
_OLD_LOCAL = ("""    local = _local()
    # (a person's answer is remembered per name's start: it reads only the post written there)
    done: dict[int, bool] = page.__dict__.setdefault("_local_organ", {})
    for m in actors:
        e = page.entities.get(m.entity_id)
        if e is None:
            continue
        if e.type == "ORG" and local.search(e.name):
            return True
        if e.type == "PERSON":
            got = done.get(m.start)
            if got is None:
                span = post_span(page, m.start)
                got = done[m.start] = bool(span and local.search(page.doc.text[span[0]:span[1]])
                                           and post_sector(page, m) != "party")
            if got:
                return True
""", """    for m in actors:
        e = page.entities.get(m.entity_id)
        if e is None:
            continue
        if e.type == "ORG" and _local().search(e.name):
            return True
        span = post_span(page, m.start) if e.type == "PERSON" else None
        if span and _local().search(page.doc.text[span[0]:span[1]]) and post_sector(page, m) != "party":
            return True
""")
_OLD_CHANNEL = ("    # (people's diplomacy by the actors is read only at the end, where it decides: see `_people_sides`)\n",
                """    if local_organ(page, actors):
        sectors.add("people")  # a city's or province's council or committee, or its officer: people's diplomacy
    if any(locality(e) for m in actors if (e := page.entities.get(m.entity_id))) and t.name in ("VISIT", "MEET", "AGREEMENT"):
        sectors.add("people")  # provinces and cities dealing with each other: people's diplomacy
""",
                'if (not statesman and ("people" in sectors or local or _people_sides(page, actors, t))) or',
                'if (("people" in sectors or local) and not statesman) or',
                'commemorated(page, c, text, t) if t.name == "ANNIVERSARY" and not sectors', "commemorated(page, c, text, t) if not sectors")
_OLD_LAND = ("land = _told_land(page, m.entity_id)", """land = next((x for o in page.mentions if o.entity_id == m.entity_id
                     and (x := _titled_land(page, o) or _chained_land(page, o)) is not None), None)""")
_OLD_PRUNE = ('("就" in sentence and discussed_topic(ev, sentence)):', "discussed_topic(ev, sentence):")
_OLD_PLACES = ("(stops and stops[-1] >= s and not _final_stop(text, cand, stops, s, k, after)) or", "(stops and stops[-1] >= s and not final_stop) or",
               "                # 常务副 + 市长 is a post, no city: a place's name never ends in 副\n",
               """                # 常务副 + 市长 is a post, no city: a place's name never ends in 副
                final_stop = length == 2 and cand[-1] in _FINAL_STOPS and [x for x in stops if x >= s] == [k - 1] and \\
                    (s == 0 or text[s - 1] in DELIMS or s in after or text[s - 1] in _FINAL_JOINERS)
""")
_OLD_CARRIED = ("page.mentions[:bisect_left(page._starts, start)] if", "page.mentions if m.start < start and")
_OLD_CHAIN = ('''    lo = max(0, s - _CHAIN_QUALIFIER_REACH - 1)  # (the joiner stands in text[lo:s-1], or none is found below)
    if text.find(rules.title_joiners[0], lo, s - 1) < 0 and text.find(rules.title_joiners[1], lo, s - 1) < 0:
        return s
''', "")
_OLD_FIELDS = ("    if pat is None or not any(w in text for w in _ends()):  # (every name read ends in a body's word)",
               "    if pat is None:",
               '''    org_ends: set[int] | None = None  # (made at the first name read: most pages have none)
    country_at: dict[int, int] = {}
''', '''    org_ends = {m.end for m in mentions if m.type == "ORG"}
    country_at = {m.start: m.end for m in mentions if m.type == "COUNTRY"}
''', '''        if org_ends is None:
            org_ends = {m.end for m in mentions if m.type == "ORG"}
            country_at = {m.start: m.end for m in mentions if m.type == "COUNTRY"}
''', "")
_OLD_BEGUN = ('''    if "planned" not in map(_STATUS, events):  # (only a planned visit is read)
        return events
''', "")


def _month_text(rng: random.Random) -> tuple[str, list[TimeExpr]]:
    """A text of up to six times parted by joiners and other words, with times of random precision and value."""
    text, out = "", []
    for _ in range(rng.randrange(0, 7)):
        text += rng.choice(["至", "到", "底至", " - ", "初到", "和", "", "至次年", "，", "中旬～"])
        a = len(text)
        text += rng.choice(["2024年11月", "3月", "去年5月", "12日"])
        year = rng.choice(["2023", "2024", "2025"])
        month = rng.choice(["01", "02", "07", "11", "12"])
        prec = rng.choice(["month", "month", "month", "day", "year"])
        value = rng.choice([f"{year}-{month}", f"{year}-{month}", f"{year}-{month}-05", year, None])
        out.append(TimeExpr(a, len(text), value, prec, rng.choice([None, None, None, "2025-03"]),
                            rng.choice(["date", "date", "relative", "range"]), rng.random() < 0.5, "t"))
    return text, out


def test_month_spans_as_before() -> None:
    old = as_before(monthspan.month_spans, *_OLD_MONTHS)
    rng = random.Random(21)
    joined = 0
    for _ in range(4000):
        text, times = _month_text(rng)
        for given in (times, tuple(times)):
            got = monthspan.month_spans(text, given)
            assert got == old(text, given)
        joined += len(got) < len(times)
    assert joined > 20  # (some spans were joined)
    from dipnet.timex.parse import find_times
    for text in ["2023年11月至2024年2月,双方多次会谈。", "去年3月底至4月初,代表团访问。", "11月至2月,展览举行。", "5月和6月。"]:
        for anchor in (None, "2024-05-17"):
            times = find_times(text, anchor)
            assert monthspan.month_spans(text, times) == old(text, times)


def test_discussed_topic_as_before() -> None:
    old = as_before(discussed.discussed_topic, *_OLD_DISCUSSED)
    assert channel.cue("discussed_topic").startswith("(?<![成造早也])就")  # (every topic opens with 就)
    rng = random.Random(7)
    pieces = ["就", "会谈", "讨论", "交换意见", "达成共识", "协议", "并", "签署", "2015年", "曾", "双方", "，", "。", "深入", "成就", "也就"]
    hits = 0
    for _ in range(3000):
        sentence = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 14)))
        trig = rng.choice(["会谈", "协议", "签署", "讨论", ""])
        ev = Event(type="MEET", status="occurred", start=0, end=0, attributes={"trigger": trig})
        got = discussed.discussed_topic(ev, sentence)
        assert got == old(ev, sentence), sentence
        hits += got
    assert hits > 10


def test_qualified_in_chain_as_before() -> None:
    from dipnet.recognize.lexicon import name_rules

    rules = name_rules()
    assert all(len(j) == 1 for j in rules.title_joiners[:2])
    old = as_before(titlechains._qualified_in_chain, *_OLD_CHAIN)
    rng = random.Random(5)
    pieces = ["、", "兼", "和", "委员", "主席", "全国", "协调", "委员会", "部长", "总书记", "特使", " ", "A", "中央", "小组", "外交部"]
    moved = 0
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(4, 30)))
        ends = {k: None for k in range(len(text)) if rng.random() < 0.3}
        spans = {k: rng.randrange(0, k + 1) for k in range(len(text) + 1) if rng.random() < 0.2}
        for s in range(len(text) + 1):
            got = titlechains._qualified_in_chain(text, s, ends, spans, rules)  # type: ignore[arg-type]
            assert got == old(text, s, ends, spans, rules), (text, s)
            moved += got != s
    assert moved > 50


def test_field_bodies_as_before() -> None:
    old = as_before(fieldbodies.field_bodies, *_OLD_FIELDS)
    rng = random.Random(3)
    pieces = ["渔业资源", "和", "与", "海洋保护", "局", "委员会", "越南", "、", "，", "的", "工程", "项目指导", "总局", "国家", "在",
              "和平", "与会", "委员", "局势"]
    read = 0
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(2, 16)))
        mentions = []
        for _k in range(rng.randrange(0, 4)):
            a = rng.randrange(0, len(text))
            b = min(len(text), a + rng.randrange(1, 6))
            mentions.append(Mention(a, b, text[a:b], rng.choice(["ORG", "COUNTRY", "PERSON", "LOCATION"])))
        got = fieldbodies.field_bodies(text, mentions)
        assert got == old(text, mentions), text
        read += bool(got)
    assert read > 20


def test_begun_visits_as_before() -> None:
    from dipnet.extract.common.page import EventPage
    from dipnet.pipeline import extract

    old = as_before(begun.begun_visits, *_OLD_BEGUN)
    doc = extract("甲国外交部发言人3月29日称,甲国总统将于4月1日起访问乙国。\n4月1日上午,乙国总理在乙国首都会见甲国总统。")
    page = EventPage(doc)
    rng = random.Random(9)
    for _ in range(300):
        events = [Event(type=rng.choice(["VISIT", "MEET"]), status=rng.choice(["planned", "occurred"]), start=0, end=0,
                        date=rng.choice([None, "2024-04-01", "2024-04-02", "2024-04"]), participants=["甲国总统", "乙国"],
                        source=["甲国总统"], target=["乙国"]) for _ in range(rng.randrange(0, 4))]
        copy = [Event(**{k: getattr(e, k) for k in ("type", "status", "start", "end", "date", "participants",
                                                                 "source", "target")})
                for e in events]
        assert [e.status for e in begun.begun_visits(page, events)] == [e.status for e in old(page, copy)]


_PAGES = [
    "新华社河内3月2日电 越南胡志明市人民委员会主席甲乙丙2日会见来访的丁国戊市市长己庚辛。双方举行了会谈,并就加强两市合作交换意见。"
    "胡志明市人民议会副主席壬癸子出席。\n2023年11月至2024年2月,两市共举办12场活动。",
    "越南国家主席甲乙丙3日在河内会见老挝国会主席丁戊己。欢迎仪式结束后,双方举行了会谈。"
    "双方就落实两国领导人达成的共识进行了深入讨论,并签署合作协议。越南水利和自然资源局局长庚辛壬陪同会见。",
    "乙国外交部发言人3月29日称,乙国总理将于4月1日起对丙国进行正式访问。\n"
    "4月1日上午,丙国国家主席在丙国首都会见乙国总理。乙国中央委员、全国协调委员会委员、外交部长丑寅卯出席。",
    "甲省人民政府省长子丑寅会见丁国驻越大使卯辰巳,二人就去年12月底至今年1月初举办的展览交换了意见。"
    "渔业资源和海洋保护局与甲省农业厅签署了备忘录。代表团随后前往安和县和东和坊参观。",
]


def test_pages_extract_as_before(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dipnet.contract import to_record
    from dipnet.pipeline import extract

    olds = [(monthspan, "month_spans", as_before(monthspan.month_spans, *_OLD_MONTHS)),
            (discussed, "discussed_topic", as_before(discussed.discussed_topic, *_OLD_DISCUSSED)),
            (channel, "post_span", channel._post_span),  # (no memory)
            (channel, "local_organ", as_before(channel.local_organ, *_OLD_LOCAL)),
            (channel, "channel", as_before(channel.channel, *_OLD_CHANNEL)),
            (channel, "carried", as_before(channel.carried, *_OLD_CARRIED)),
            (titlechains, "_qualified_in_chain", as_before(titlechains._qualified_in_chain, *_OLD_CHAIN)),
            (fieldbodies, "field_bodies", as_before(fieldbodies.field_bodies, *_OLD_FIELDS)),
            (begun, "begun_visits", as_before(begun.begun_visits, *_OLD_BEGUN)),
            (places, "_places_once", as_before(places._places_once, *_OLD_PLACES)),
            (lands, "land_of", as_before(lands.land_of, *_OLD_LAND)),
            (prune, "prune", as_before(prune.prune, *_OLD_PRUNE))]
    events = 0
    for text in _PAGES + ["\n".join(_PAGES)]:
        new = to_record(extract(text))
        with monkeypatch.context() as m:
            for owner, name, fn in olds:  # (the code swapped in place: every module that imported the name runs it)
                m.setattr(getattr(owner, name), "__code__", fn.__code__)
            assert to_record(extract(text)) == new, text
        events += len(new["events"])
    assert events > 8
    assert re.search(channel.cue("local_organ"), _PAGES[0])


def test_page_words_read_in_the_one_pass() -> None:
    """The word lists now in the page's one Aho-Corasick pass give what a str.find per word gave."""
    from dipnet.recognize import scan
    from dipnet.recognize.lexicon import name_rules

    read = dict(name_rules().name_read_words)
    lists = [(read[k],) if isinstance(read[k], str) else read[k] for k in scan._READ_LISTS]
    rules = name_rules()
    lists += [rules.company_words, rules.institution_words, rules.partner_openers, rules.office_verbs, ("我国",)]
    assert all(isinstance(x, tuple) and x for x in lists)
    ws = scan.word_scan()
    assert all(ws._known.issuperset(x) for x in lists)
    rng = random.Random(11)
    pieces = [w for x in lists for w in x] + ["人", "民", "地", "区", "，", "关", "系", "国", "庆", "和", "首", "都", "率", "主", "席"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30)))
        for words in [*lists, tuple(w for x in lists for w in x)]:
            assert ws.found(text, words) == [(w, at) for w in words if (at := scan.find_every(text, w))]
            for w in words:
                assert ws.find_all(text, w) == scan.find_every(text, w)
