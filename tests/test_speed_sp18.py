"""sp18 (issue 17): each function sp18 changed gives what the code it replaced gave, on random and
invented text (the replaced code is written out here as it was)."""

from __future__ import annotations

import importlib
import random

scan = importlib.import_module("dipnet.timex.scan")
knowledge = importlib.import_module("dipnet.timex.knowledge")

# time words, digits, units and other characters, so that many of the time patterns match
_PIECES = ["2025", "2024年", "3月", "15日", "至", "18日", "年", "月", "日", "号", "今年", "去年", "明年", "本月",
           "下周", "星期三", "周", "上午", "当天", "次日", "前夕", "建交", "75周年", "第十五届", "国会", "第", "次",
           "会议", "十", "二", "五", "(", ")", "—", "-", "/", ".", ",", "。", "\n", "\n", " ", "越南", "访问",
           "期间", "以来", "将于", "农历", "春节", "甲辰年", "多年来", "为期", "三天", "1", "9", "12", "学年", "度"]


def _texts(seed: int, n: int, lo: int = 1, hi: int = 60) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(lo, hi))) for _ in range(n)]


def _old_held(text: str) -> tuple[bool, ...]:
    held = [False] * len(scan._LISTS)
    for w in set(map(scan._FIRST, scan._WORD_FINDER.find_matches_as_indexes(text, overlapping=True))):
        for k in scan._WORD_LISTS[w]:
            held[k] = True
    return tuple(held)


def _old_plan(held: tuple[bool, ...]) -> tuple[str, ...]:
    return tuple(name for name in scan._PATTERNS if all(held[i] for i in scan._NEEDS[name]))


def test_held_bits_plan_the_patterns_the_flags_planned() -> None:
    """_held as bits and _plan on them pick the patterns the tuple of flags picked."""
    for text in _texts(18, 1500) + ["", "无", "2025年3月15日"]:
        bits, flags = scan._held(text), _old_held(text)
        assert [bool(bits >> k & 1) for k in range(len(scan._LISTS))] == list(flags), text
        assert scan._plan(bits) == _old_plan(flags), text


def _shape(found: dict) -> dict:
    return {name: [(m.span(), m.groups()) for m in ms] for name, ms in found.items()}


def _old_scan_line(whole: str, at: int, size: int) -> dict:
    """scan_line as it was: the whole text's matches walked from the first for each line."""
    text = whole[at:at + size]
    shared = scan._SHARED.get(whole)
    if shared is None or (at > 0 and whole[at - 1] != "\n"):
        return scan._scan(text)
    big = shared[0]
    out = {}
    places: dict = {}
    for name in _old_plan(_old_held(text)):
        far = scan._REACH[name]
        rx = scan._PATTERNS[name][0]
        found = ()
        if far is not None and size > far:
            tail, head, resume = at + size - far, [], at
            for m in big.get(name, ()):
                a, b = m.span()
                if b <= at:
                    continue
                if a < at:
                    found = None
                    break
                if a >= tail:
                    break
                again = rx.match(text, a - at)
                if again is None or again.end() != b - at:
                    found = None
                    break
                head.append(again)
                resume = b
            if found is not None:
                found = (*head, *rx.finditer(text, max(resume, tail) - at))
        if found is None or far is None or size <= far:
            found = scan._run(name, text, places)
        if found:
            out[name] = found
    return out


def test_scan_line_reads_what_the_walk_from_the_first_match_read() -> None:
    """scan_line (the whole text's matches ending by the line's start passed over by a bisection of
    their ends) gives each line's matches as the walk over all of them did, on texts long enough to be
    shared, their lines cut at every newline and at other places too."""
    rng = random.Random(1818)
    lines = 0
    for text in _texts(181, 150, 80, 260):
        while len(text) < scan._SHARED_LENGTH:
            text = text + "\n" + text
        scan._scan.cache_clear()
        scan._scan(text)
        assert text in scan._SHARED
        starts = [0] + [k + 1 for k, ch in enumerate(text) if ch == "\n"] + [rng.randrange(len(text)) for _ in range(5)]
        for at in starts:
            for size in (text.find("\n", at) - at if "\n" in text[at:] else len(text) - at, rng.randrange(len(text) - at + 1)):
                assert _shape(scan.scan_line(text, at, size)) == _shape(_old_scan_line(text, at, size)), (text, at, size)
                lines += 1
    assert lines > 1000


def _old_tried(text: str) -> list:
    finder, rules, first, always = knowledge._numbered_words()
    present = {k for k, _, _ in finder.find_matches_as_indexes(text, overlapping=True)}
    tried = set(always)
    for k in present:
        tried |= first[k]
    plan: list = []
    last = -1
    for t in sorted(tried):
        k, e, p, need = rules[t]
        for group in need:
            if group.isdisjoint(present):
                break
        else:
            if k != last:
                plan.append((e, []))
                last = k
            plan[-1][1].append(p)
    return plan


def test_numbered_tried_plans_what_the_group_loop_planned() -> None:
    """_numbered_tried (each group asked by map in C) plans the entries and patterns the loop did."""
    texts = _texts(1818, 800) + ["越共第十三次全国代表大会于2021年召开。", "第十五届国会第八次会议", "第31届东运会"]
    for text in texts:
        assert knowledge._numbered_tried(text) == _old_tried(text), text


compounds_mod = importlib.import_module("dipnet.recognize.compounds")


class _Everything:
    def __contains__(self, _: object) -> bool:
        return True


_COUNTRY_PIECES = ["越", "中", "老", "柬", "美", "日", "俄", "韩", "英", "法", "印", "泰", "缅", "新", "马", "菲", "德",
                   "越南", "中国", "老挝", "美国", "日本", "方", "军", "共", "-", "、", "驻", "访", "赴", "在", "对", "旅",
                   "两国", "双边", "关系", "合作", "友好", "协会", "联委会", "大使馆", "等国", "三国", "领导人", "会见",
                   "的", "和", "与", ",", "。", "\n", "国", "大", "使", "边", "工业园区", "外交部", "总理", "同意", "建立"]


def _country_texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_COUNTRY_PIECES) for _ in range(rng.randrange(1, 40))) for _ in range(n)]


def test_compounds_skip_reads_what_every_opener_read(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """compounds with its skip (no form's end before a character that can go on, no prefix before it)
    finds the mentions it finds with the skip opened (every character said to go on)."""
    from dipnet.kb import load_kb
    from dipnet.recognize.lexicon import name_rules

    kb, rules = load_kb(), name_rules()
    texts = _country_texts(18, 3000) + ["越老两国友好关系", "中方表示", "驻越大使馆", "英、日、美等国", "越中陆界联委会",
                                        "访华期间", "越-柬关系", "越南和老挝"]
    found = 0
    by_first, _ = compounds_mod.short_index(kb)
    lengths, _, _ = compounds_mod._gate(by_first, rules)
    for text in texts:
        got = compounds_mod.compounds(text, kb, rules, [])
        with monkeypatch.context() as m:
            m.setattr(compounds_mod, "_gate", lambda b, r: (lengths, _Everything(), _Everything()))
            old = compounds_mod.compounds(text, kb, rules, [])
        assert [(x.start, x.end, x.text, x.type, x.kb_id) for x in got] == \
            [(x.start, x.end, x.text, x.type, x.kb_id) for x in old], text
        found += len(got)
    assert found > 500


stamps = importlib.import_module("dipnet.timex.stamps")

_STAMP_PIECES = ["发布时间", "日期", "date", "Date", "Published", "时间", "更新时间", "来源", "稿源", "作者", "记者", ":", ":",
                 " ", "\n", "|", "2025", "2024", "-", "/", ".", "年", "月", "日", "03", "15", "9", "12:30", "08:05:09",
                 "A+", "A-", "星期三", "GMT+7", "越通社", "新闻", "首页", "分享", "(", ")"]


def test_header_stamp_without_the_words_a_stamp_needs_is_unchanged(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """header_stamp, each stamp pattern passed over where the header lacks the words its matches need,
    reads the stamp it read with every pattern searched (may_hold said yes to all)."""
    rng = random.Random(1801)
    texts = ["".join(rng.choice(_STAMP_PIECES) for _ in range(rng.randrange(1, 50))) for _ in range(3000)]
    labels = ["", "发布时间", "日期", "date", "更新时间", "来源:某报 ", "时间", "首页 新闻\n", "\n"]
    days = ["2025-03-15", "2025年3月15日", "15/03/2025", "12:30 15/03/2025", "2025.3.15", "2024/11/05 08:05:09",
            "2017-11", "3/15"]
    tails = ["", " A+ A-", " 来源:越通社", " | 10:20", "\n正文", " GMT+7"]
    texts += [rng.choice(["", "越通社 ", "分享\n"]) + rng.choice(labels) + rng.choice(["", ":", ": ", " "]) +
              rng.choice(days) + rng.choice(tails) for _ in range(1500)]
    texts += ["发布时间:2025年3月15日 10:20", "日期: 2024-11-05\n正文", "12:30 | 25/11/2023", "2024年5月3日 A+ A-",
              "越通社 2025-01-02 来源:越通社", "date 2017-11\n"]
    read = 0
    for text in texts:
        got = stamps.header_stamp(text)
        with monkeypatch.context() as m:
            m.setattr(stamps, "may_hold", lambda rx, t: True)
            old = stamps.header_stamp(text)
        assert got == old, text
        read += got is not None
    assert read > 100


def _events(seed: int, n: int) -> list:
    from dipnet.model import Event

    rng = random.Random(seed)
    dates = [None, "2025", "2025-03", "2025-03-14", "2025-03-15", "2025-03-18", "2024-03-15", "2025-04-01"]
    out = []
    for _ in range(n):
        d = rng.choice(dates)
        attrs = {k: True for k in ("_loose", "_prior", "_ref", "_head") if rng.random() < 0.2}
        out.append(Event(type=rng.choice(["MEET", "VISIT", "CONFERENCE", "ELECTION", "CALL", "AID"]),
                         status=rng.choice(["occurred", "planned"]), start=rng.randrange(50), end=rng.randrange(50, 99),
                         participants=rng.sample(["甲", "乙", "丙", "越南", "老挝"], rng.randrange(1, 4)), date=d,
                         end_date=rng.choice([None, "2025-03-16", "2025-03-20"]) if d and len(d) == 10 else None,
                         attributes=attrs, brief=rng.choice([None, None, 0, 1])))
    return out


def test_status_before_days_asks_what_days_before_status_asked() -> None:
    """merge._same and prune ask a pair's status before dates_agree (which is pure and raises on no
    pair): the condition reordered gives the old one's answer on random pairs of events."""
    from dipnet.extract.finding.sameday import dates_agree
    from dipnet.extract.merging.summons import summoned_apart

    evs = _events(1818, 120)
    for a in evs:
        for b in evs:
            old = a.type != b.type or not dates_agree(a, b) or a.status != b.status or summoned_apart(a, b)
            new = a.type != b.type or a.status != b.status or not dates_agree(a, b) or summoned_apart(a, b)
            assert old == new
            old_told = a.type == "MEET" and a.brief == b.brief and a.start < b.start and dates_agree(a, b) and a.status == b.status
            new_told = a.type == "MEET" and a.brief == b.brief and a.start < b.start and a.status == b.status and dates_agree(a, b)
            assert old_told == new_told


def _mixed(seed: int, n: int, words: list[str], lo: int = 1, hi: int = 12) -> list[str]:
    rng = random.Random(seed)
    pieces = words + ["越南", "中国", "的", "和", "、", "及", "与", "兼", ",", "。", "部长", "主席", "会", "见", "谈", "访"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randrange(lo, hi))) for _ in range(n)]


def test_kept_any_of_finds_a_word_where_rfind_finds_one() -> None:
    """visit_actors looks for the MEET words (rfind each) only where kept_any_of(words) finds one in the
    window: where it finds none, every rfind there gives -1; and it is any_of's pattern, kept."""
    from dipnet.extract.common.codes import any_of, codebook, kept_any_of

    words = codebook().type("MEET").triggers
    assert kept_any_of(words) is kept_any_of(words) and kept_any_of(words).pattern == any_of(words).pattern
    rng = random.Random(18)
    for text in _mixed(181, 3000, list(words), 1, 20):
        a = rng.randrange(len(text) + 1)
        b = rng.randrange(a, len(text) + 1)
        found = kept_any_of(words).search(text, a, b) is not None
        assert found == any(text.rfind(w, a, b) != -1 for w in words), (text, a, b)


def test_tuple_gates_read_what_the_generators_read() -> None:
    """people's post bodies, owners' conjunctions, titlechains' joiners, kinds' long suffixes and
    partnered's joiners: one startswith/endswith over the tuple first gives what the generator alone gave."""
    from dipnet.recognize import kinds, partnered, people
    from dipnet.recognize.lexicon import name_rules

    rules = name_rules()
    joiners = rules.title_joiners
    longs = [w for w in rules.org_suffixes if len(w) >= 3]
    texts = _mixed(1812, 3000, list(people._POST_BODIES) + list(joiners) + longs[:40] + list(partnered._JOINERS))
    for text in texts:
        for k in range(len(text) + 1):
            old = next((w for w in people._POST_BODIES if text.endswith(w, 0, k)), None)
            new = next((w for w in people._POST_BODIES if text.endswith(w, 0, k)), None) \
                if text.endswith(people._POST_BODIES, 0, k) else None
            assert old == new
            old = next((j for j in joiners if text.endswith(j, 0, k)), None)
            assert old == (next((j for j in joiners if text.endswith(j, 0, k)), None) if text.endswith(joiners, 0, k) else None)
            old = next((w for w in partnered._JOINERS if text.startswith(w, k)), None)
            assert old == (next(w for w in partnered._JOINERS if text.startswith(w, k)) if text.startswith(partnered._JOINERS, k) else None)
        head = text[-8:]
        assert head.endswith(kinds._long_suffixes(rules)) == any(head.endswith(w) for w in rules.org_suffixes if len(w) >= 3)


def _old_coordinated_bare(text: str, k: int, countries_ending: dict[int, str], words: tuple[str, ...]) -> str | None:
    conj = next((c for c in ("和", "及", "与", "、") if text.endswith(c, 0, k)), None)
    if conj is None:
        return None
    p = k - len(conj)
    w = next((w for w in words if text.endswith(w, 0, p)), None) if text.endswith(words, 0, p) else None
    return countries_ending.get(p - len(w)) if w else None


def test_coordinated_bare_reads_what_it_read() -> None:
    """owners._coordinated_bare with its one-call conjunction gate against the code it replaced."""
    from dipnet.recognize import owners

    words = ("外交部", "国防部", "政府", "国会")
    rng = random.Random(99)
    for text in _mixed(1899, 2000, list(words) + ["马拉维", "老挝"]):
        ends = {k: rng.choice(["MW", "LA"]) for k in range(len(text) + 1) if rng.random() < 0.5}
        for k in range(len(text) + 1):
            assert owners._coordinated_bare(text, k, ends, words) == _old_coordinated_bare(text, k, ends, words)


def _old_partner_pairs(text: str, mentions: list) -> list:
    from dipnet.recognize import partnered

    ends: dict[int, int] = {}
    starts: dict[int, int] = {}
    for m in mentions:
        if m.type in ("COUNTRY", "ORG"):
            ends[m.end] = min(m.start, ends.get(m.end, m.start))
            starts[m.start] = max(m.end, starts.get(m.start, m.end))
    out = []
    for e, s in ends.items():
        joiner = next((w for w in partnered._JOINERS if text.startswith(w, e)), None)
        if joiner is None:
            continue
        e2 = starts.get(e + len(joiner))
        while e2 is not None and e2 in starts and not text.startswith(partnered._JOINT_OPENERS, e2):
            e2 = starts[e2]
        if e2 is not None and text.startswith(partnered._JOINT_OPENERS, e2):
            out.append((s, e2))
    return out


def test_partner_pairs_read_what_they_read() -> None:
    """partner_pairs with the tuple gate against the generator alone, on random mentions of random text."""
    from dipnet.model import Mention
    from dipnet.recognize import partnered

    rng = random.Random(7)
    words = list(partnered._JOINERS) + list(partnered._JOINT_OPENERS) + ["越南", "老挝", "中国"]
    got = 0
    for text in _mixed(77, 1500, words, 2, 16):
        ms = []
        for _ in range(rng.randrange(0, 8)):
            a = rng.randrange(len(text))
            b = rng.randrange(a + 1, len(text) + 1)
            ms.append(Mention(a, b, text[a:b], rng.choice(["COUNTRY", "ORG", "PERSON"])))
        new = partnered.partner_pairs(text, ms)
        assert new == _old_partner_pairs(text, ms)
        got += len(new)
    assert got > 0


def test_sort_by_start_getter_orders_as_the_lambda_did() -> None:
    """The sorts keyed by attrgetter("start") order as key=lambda m: m.start did, and owners' descending
    sort (reverse=True keeps ties in their order) as key=lambda m: -m.start did, ties included."""
    from operator import attrgetter

    from dipnet.model import Mention

    rng = random.Random(3)
    for _ in range(500):
        ms = [Mention(s, s + rng.randrange(1, 4), "x", rng.choice(["COUNTRY", "ORG"]))
              for s in (rng.randrange(8) for _ in range(rng.randrange(12)))]
        assert [id(m) for m in sorted(ms, key=lambda m: m.start)] == [id(m) for m in sorted(ms, key=attrgetter("start"))]
        assert [id(m) for m in sorted(ms, key=lambda m: -m.start)] == \
            [id(m) for m in sorted(ms, key=attrgetter("start"), reverse=True)]


def test_unnamable_class_turns_down_what_the_generator_did() -> None:
    """read_name_before's one search of _unnamable against the generator over the candidate's characters."""
    from dipnet.recognize import namereads
    from dipnet.recognize.lexicon import name_rules

    rules = name_rules()
    pieces = sorted(rules.not_in_name)[:20] + sorted(namereads.DELIMS) + ["阮", "春", "福", "a", "1", "·", "𠀀", "习", "近", "平"]
    rng = random.Random(5)
    for _ in range(20000):
        cand = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 5)))
        old = any(c in rules.not_in_name or c in namereads.DELIMS or not "\u4e00" <= c <= "\u9fff" for c in cand)
        assert (namereads._unnamable(rules).search(cand) is not None) == old, cand


def test_set_tests_of_a_slice_answer_as_the_generators_did() -> None:
    """transliteration.issuperset(s) is all(c in transliteration for c in s), and not DELIMS.isdisjoint(s)
    is any(c in DELIMS for c in s) (dotted, namereads, postnames, titlechains), empty slices too."""
    from dipnet.recognize import namereads
    from dipnet.recognize.lexicon import name_rules

    rules = name_rules()
    pieces = sorted(rules.transliteration)[:30] + sorted(namereads.DELIMS) + ["阮", "国", "部", "a"]
    rng = random.Random(11)
    for _ in range(20000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 6)))
        assert rules.transliteration.issuperset(s) == all(c in rules.transliteration for c in s)
        assert (not namereads.DELIMS.isdisjoint(s)) == any(c in namereads.DELIMS for c in s)


def test_range_and_joiner_sets_answer_as_the_generators_did() -> None:
    """find_people's `not title_starts.isdisjoint(range(k, end))` and namereads' `not _NAME_JOINERS.isdisjoint(s)`
    against the generators they replaced."""
    from dipnet.recognize import namereads

    rng = random.Random(12)
    for _ in range(5000):
        starts = {rng.randrange(40) for _ in range(rng.randrange(6))}
        k = rng.randrange(40)
        end = rng.randrange(k - 2, 44)
        assert (not starts.isdisjoint(range(k, end))) == any(x in starts for x in range(k, end))
        s = "".join(rng.choice("-—·阮文a ") for _ in range(rng.randrange(0, 6)))
        assert (not namereads._NAME_JOINERS.isdisjoint(s)) == any(c in namereads._NAME_JOINERS for c in s)


def test_span_index_overlaps_and_near_gates_answer_as_before() -> None:
    """SpanIndex.overlaps (no generator where nothing is near) against the scan of every span, wide
    spans too; and the comprehensions gated by a near list being empty answer as any() over it did."""
    from dipnet.model import SpanIndex

    rng = random.Random(21)
    for _ in range(3000):
        spans = [(s, s + rng.choice([1, 2, 3, 5, 80])) for s in (rng.randrange(100) for _ in range(rng.randrange(8)))]
        index = SpanIndex(spans)
        a = rng.randrange(110)
        b = a + rng.randrange(0, 6)
        assert index.overlaps(a, b) == any(s < b and a < e for s, e in spans), (spans, a, b)
        near = index.near(a, b)
        assert bool(near and any(s <= a and b <= e for s, e in near)) == any(s <= a and b <= e for s, e in near)
