"""sp15 (issue 17): the speed-ups give what the code they replace gave, on invented text and random spans."""

from __future__ import annotations

import random
from bisect import bisect_left
from types import SimpleNamespace

from dipnet.extract.common.page import EventPage
from dipnet.extract.merging.since import since_only
from dipnet.furniture import _widget
from dipnet.layout import load_layout
from dipnet.model import Event, Mention, SpanIndex
from dipnet.recognize.lexicon import Words


def _old_span_index(spans: list[tuple[int, int]], short: int = 64) -> tuple[list, list, int, list]:
    narrow = sorted([s for s in spans if s[1] - s[0] <= short])
    return narrow, [s for s, _ in narrow], max([e - s for s, e in narrow], default=0), \
        [s for s in spans if s[1] - s[0] > short]


def test_span_index_builds_what_the_comprehensions_built() -> None:
    rng = random.Random(15)
    for _ in range(3000):
        n = rng.randrange(0, 12)
        spans = []
        for _ in range(n):
            a = rng.randrange(0, 200)
            spans.append((a, a + rng.choice([0, 1, 2, 5, 30, 64, 65, 90, rng.randrange(-3, 120)])))
        short = rng.choice([64, 64, 10, 0])
        got = SpanIndex(iter(spans), short)
        narrow, starts, widest, wide = _old_span_index(spans, short)
        assert (got._spans, got._starts, got._widest, got._wide) == (narrow, starts, widest, wide), spans
        a = rng.randrange(0, 220)
        b = a + rng.randrange(0, 9)
        old = narrow[bisect_left(starts, a - widest):bisect_left(starts, b + 1)] + wide
        assert got.near(a, b) == old


def _old_in_span(page: SimpleNamespace, start: int, end: int) -> list[Mention]:
    holders, mentions = page._holders, page.mentions
    return [m for i in range(bisect_left(page._starts, start), bisect_left(page._starts, end))
            if (m := mentions[i]).end <= end and not (holders[i] and EventPage._nested(page, i, start, end))]  # type: ignore[arg-type]


def test_in_span_equals_the_filter_over_every_mention() -> None:
    """The fast path (no mention of the span held by a longer one) keeps what the full filter keeps;
    it would differ if the holders were not looked at (a held mention inside its holder is dropped)."""
    rng = random.Random(7)
    for _ in range(800):
        mentions = sorted((Mention(a, a + rng.randrange(1, 6), "x", "ORG") for a in
                           (rng.randrange(0, 60) for _ in range(rng.randrange(0, 14)))), key=lambda m: m.start)
        page = SimpleNamespace(mentions=mentions, _starts=[m.start for m in mentions],
                               _longest=max([m.end - m.start for m in mentions], default=0))
        page._holders = EventPage._holding(page)  # type: ignore[arg-type]
        page._nested = lambda i, s, e, p=page: EventPage._nested(p, i, s, e)  # type: ignore[arg-type]
        for _ in range(6):
            a = rng.randrange(0, 60)
            b = a + rng.randrange(0, 30)
            assert EventPage.in_span(page, a, b) == _old_in_span(page, a, b)  # type: ignore[arg-type]


def _old_at(words: Words, text: str, i: int, min_len: int = 1, min_end: int = 0) -> str | None:
    if i >= len(text):
        return None
    for w in words.words:
        if text.startswith(w, i):
            return w if len(w) >= min_len and i + len(w) >= min_end else None
    return None


def test_words_at_gives_the_longest_word_or_none() -> None:
    rng = random.Random(3)
    alphabet = "国家会议部长外交发展合作"
    for _ in range(300):
        words = Words(["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 5))) for _ in range(rng.randrange(1, 12))])
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 20)))
        for i in range(len(text) + 1):
            lo, end = rng.randrange(1, 4), rng.randrange(0, 22)
            assert words.at(text, i) == _old_at(words, text, i)
            assert words.at(text, i, min_len=lo, min_end=end) == _old_at(words, text, i, lo, end)
    assert Words(["合作", "合作部"]).at("发展合作部门", 2) == "合作部"
    assert Words(["合作", "合作部"]).at("发展合作部门", 3) is None


def test_since_only_reads_the_clause_from_its_last_mark() -> None:
    ev = Event(type="RELATION_CHANGE", status="occurred", start=0, end=0, attributes={"trigger": "建交"})
    assert since_only(ev, "回顾两国建交以来的友好合作。")
    assert not since_only(ev, "自1991年两国建交以来,双方合作不断深化。")  # the year it began, in its clause
    # (the year in an earlier clause, cut off by a comma, a colon or a semicolon, does not count)
    for mark in ",:;，：；":
        assert since_only(ev, f"1991年{mark}两国建交以来合作不断深化。")


def test_widget_weekday_only_on_short_lines() -> None:
    layout = load_layout()
    day = layout.weekdays[0]
    short = f"{day} 2024年11月23日"
    assert _widget(short, layout)
    assert not _widget(short + "，" + "两国领导人举行会谈并签署多项合作文件" * 2, layout)  # over 30 characters
    assert not _widget(f"{day}两国领导人举行会谈", layout)


def test_without_drops_exactly_the_places() -> None:
    """crawl_shape.without equals keeping every other character one by one (a shifted cut fails)."""
    from dipnet.crawl_shape import without
    rng = random.Random(11)
    for _ in range(500):
        text = "".join(rng.choice("外 交部发言人 ") for _ in range(rng.randrange(0, 25)))
        origin = [3 * i + 1 for i in range(len(text) + rng.randrange(0, 3))]  # (an origin may run longer)
        gone = {i for i in range(len(text)) if rng.random() < 0.3}
        keep = [i for i in range(len(text)) if i not in gone]
        assert without(text, origin, gone) == ("".join(text[i] for i in keep), [origin[i] for i in keep])


def test_types_of_keeps_the_codebook_order() -> None:
    from dipnet.extract.common.codes import codebook
    from dipnet.extract.events import _types_of
    cb = codebook()
    rng = random.Random(5)
    names = [t.name for t in cb.types]
    for _ in range(200):
        here = set(rng.sample(names, rng.randrange(0, 5))) | ({"NOT_A_TYPE"} if rng.random() < 0.3 else set())
        assert _types_of(cb, here) == [t for t in cb.types if t.name in here]


def _old_ends_in_org_suffix(rules: object, name: str) -> bool:
    for n, words in rules._org_suffixes_by_size:  # type: ignore[attr-defined]
        if n <= len(name) and name[-n:] in words:
            return True
    return False


def _old_in_plain_word(rules: object, text: str, i: int, lo: int) -> bool:
    for size, words in rules._plain_words.items():  # type: ignore[attr-defined]
        for start in range(max(lo, i - size + 1), i + 1):
            if text[start:start + size] in words:
                return True
    return False


def test_org_suffix_and_plain_word_tests_answer_as_the_loops_did() -> None:
    from dipnet.recognize.lexicon import name_rules
    rules = name_rules()
    rng = random.Random(9)
    suffixes = sorted(w for _, ws in rules._org_suffixes_by_size for w in ws)
    plain = sorted(rules.false_suffixes)
    chars = "".join(sorted(set("".join(suffixes[:40] + plain[:40])))) + "越南中国河内"
    for _ in range(2000):
        name = "".join(rng.choice(chars) for _ in range(rng.randrange(0, 5))) + rng.choice(["", rng.choice(suffixes)])
        assert rules.ends_in_org_suffix(name) == _old_ends_in_org_suffix(rules, name), name
        text = "".join(rng.choice(chars) for _ in range(rng.randrange(0, 8))) + rng.choice(plain) + "越南"
        for i in range(-1, len(text) + 2):
            lo = rng.randrange(-1, len(text))
            assert rules.in_plain_word(text, i, lo) == _old_in_plain_word(rules, text, i, lo), (text, i, lo)


def test_holds_any_is_any_word_in_text() -> None:
    from dipnet.layout import holds_any
    rng = random.Random(2)
    for _ in range(1500):
        words = tuple("".join(rng.choice("浏览器版本.升级(a") for _ in range(rng.randrange(0, 4))) for _ in range(rng.randrange(0, 6)))
        text = "".join(rng.choice("请升级浏览器版本以.获得a(") for _ in range(rng.randrange(0, 14)))
        assert holds_any(text, words) == any(w in text for w in words), (text, words)


def test_found_words_as_a_step_per_word() -> None:
    """WordScan.found equals find_every of each word, the absent left out, in the list's order (a
    list given twice a word gives it twice; a word the automaton lacks is found by str.find)."""
    from dipnet.recognize.scan import WordScan, find_every
    rng = random.Random(4)
    vocab = ["会见", "会谈", "总统", "总理", "访问", "越南", "中国", "谈"]
    for _ in range(400):
        scan = WordScan(rng.sample(vocab, rng.randrange(0, len(vocab))))
        text = "".join(rng.choice(vocab + ["，", "的"]) for _ in range(rng.randrange(0, 12)))
        asked = [rng.choice(vocab + ["会", "外长"]) for _ in range(rng.randrange(0, 7))]
        want = [(w, find_every(text, w)) for w in asked if find_every(text, w)]
        for words in (asked, tuple(asked), iter(asked)):
            assert scan.found(text, words) == want


def test_near_end_finds_every_mark_closing_the_line() -> None:
    """Where a mark's last occurrence ends at the line's end or one character before it, near_end says
    so (the loop over the marks then runs as before); it may say so for other lines too."""
    from dipnet.layout import near_end
    rng = random.Random(8)
    marks = ("(完)", "(越通社)", "(编辑", "完")
    for _ in range(3000):
        text = "".join(rng.choice(["两国", "(完)", "(越通社)", "(编辑", "x", "。", "完"]) for _ in range(rng.randrange(0, 6)))
        closing = any((k := text.rfind(w)) >= 0 and k + len(w) >= len(text) - 1 for w in marks)
        if closing:
            assert near_end(text, marks), text
    assert not near_end("(完)两国领导人会谈", marks) and near_end("两国领导人会谈(完)x", marks)
    assert not near_end("两国", ())


def test_holds_post_of_the_posts_inside_the_name_alone() -> None:
    """find_mentions gives holds_post only the posts starting inside the name: what it answers for all
    the titles (ranks, honorifics and titles elsewhere are never the one that holds)."""
    from bisect import bisect_left as bl

    from dipnet.kb import load_kb
    from dipnet.recognize.kinds import holds_post
    from dipnet.recognize.lexicon import name_rules
    from dipnet.recognize.namereads import TitleHit
    rules, bare = name_rules(), load_kb().generic_words()
    text = "越南国会副主席兼国防武官办公室主任与中央委员会书记处部长会见"
    words = ["副主席", "国防武官", "主任", "中央委员", "书记", "部长", "主席"]
    rng = random.Random(6)
    for _ in range(400):
        titles = []
        for w in rng.sample(words, rng.randrange(0, len(words))):
            k = text.find(w)
            titles.append(TitleHit(k, k + len(w), w, rng.choice(["post", "post", "rank"])))
        a = rng.randrange(0, len(text) - 1)
        m = Mention(a, rng.randrange(a + 1, len(text) + 1), "x", "ORG")
        posts = sorted((t for t in titles if t.kind == "post"), key=lambda t: t.start)
        starts = [t.start for t in posts]
        assert holds_post(m, posts[bl(starts, m.start):bl(starts, m.end)], text, rules, bare) == \
            holds_post(m, titles, text, rules, bare)


def test_kind_words_looked_for_once() -> None:
    from dipnet.extract.common.codes import codebook
    from dipnet.extract.common.codes import kind_of as _kind
    for t in codebook().types:
        items = sorted(t.kinds.items(), key=lambda kv: -len(kv[0]))
        for word, _ in items[:6]:
            clause = f"双方在河内{word}中表示"
            assert _kind(t, clause) == next((k for w, k in items if w in clause), None)
        assert _kind(t, "双方表示") == next((k for w, k in items if w in "双方表示"), None)


def test_language_counts_the_han_characters_changed() -> None:
    from dipnet import normalize as N
    rng = random.Random(12)
    trad = "國會議長總統與會談發展經濟關係"
    simp = "国会议长总统与会谈发展经济关系"
    for _ in range(500):
        n = rng.randrange(0, 80)
        raw = "".join(rng.choice(trad + "abc “”。") for _ in range(n))
        simplified = raw.translate(str.maketrans(trad + "“”", simp + "「」"))[:n - rng.randrange(0, 2) if n else 0]
        han = len(N._NOT_HAN.sub("", raw))
        changed = sum(1 for a, b in zip(raw, simplified, strict=False) if a != b and "\u4e00" <= a <= "\u9fff")
        if han >= 20 or han >= len(N._NOT_LATIN.sub("", raw)):
            want = "zh-Hant" if changed > max(3, han * 0.03) else "zh-Hans"
            if raw != simplified and han:
                assert N.language_of(raw, simplified) == want


def test_bounds_around_as_a_walk_to_the_marks() -> None:
    from dipnet.sentencebounds import Bounds
    rng = random.Random(13)
    for _ in range(300):
        text = "".join(rng.choice("两国。会谈,；x") for _ in range(rng.randrange(0, 30)))
        b = Bounds(text, "。;；")
        for pos in range(len(text) + 1):
            a = pos
            while a > 0 and text[a - 1] not in "。;；":
                a -= 1
            e = pos
            while e < len(text) and text[e] not in "。;；":
                e += 1
            assert b.around(pos) == (a, e)


def test_stop_at_is_the_stops_own_lookup() -> None:
    """NameRules.stop_at answers as the method it replaces (the first-character test, then `at`)."""
    from dipnet.recognize.lexicon import name_rules
    rules = name_rules()
    stops = rules.stops
    rng = random.Random(14)
    words = sorted(stops.words)[:60]
    for _ in range(300):
        text = "".join(rng.choice(words + ["越南", "会谈", "x"]) for _ in range(rng.randrange(0, 6)))
        for i in range(-min(2, len(text)), len(text) + 2):
            old = None if i < len(text) and text[i] not in stops.firsts else stops.at(text, i)
            assert rules.stop_at(text, i) == old


def test_span_index_overlaps_and_holds_as_through_near() -> None:
    rng = random.Random(16)
    for _ in range(1500):
        spans = [(a, a + rng.choice([1, 2, 5, 70, rng.randrange(0, 90)])) for a in (rng.randrange(0, 100) for _ in range(rng.randrange(0, 9)))]
        idx = SpanIndex(spans)
        a = rng.randrange(0, 110)
        b = a + rng.randrange(0, 8)
        assert idx.overlaps(a, b) == any(s < b and a < e for s, e in idx.near(a, b))
        assert idx.holds(a, b) == any(s <= a and b <= e and (s, e) != (a, b) for s, e in idx.near(a, b))


def test_segment_at_as_the_index_answers() -> None:
    from dipnet.model import Document, Segment, SegmentIndex
    rng = random.Random(17)
    for _ in range(300):
        segs = []
        for _ in range(rng.randrange(0, 6)):
            a = rng.randrange(0, 40)
            segs.append(Segment(rng.choice(["title", "body", "brief"]), a, a + rng.randrange(0, 15)))
        doc = Document(doc_id="d", source="x", raw="y" * 60, text="y" * 60, offsets=list(range(61)))
        doc.segments = segs
        index = SegmentIndex(segs)
        for pos in range(-1, 62):
            assert doc.segment_at(pos) is index.at(pos)


def _applies(f, text: str) -> bool:  # type: ignore[no-untyped-def]
    """The founding's context words in the text and its words against not (the per-founding reading the
    page-wide lookup replaced)."""
    return (f.context is None or f.context.search(text) is not None) and \
        (f.not_context is None or f.not_context.search(text) is None)


def test_foundings_in_as_applies_each() -> None:
    from dipnet.timex.knowledge import _foundings_in, foundings
    texts = ["东盟成立45周年暨东盟与中国建立对话伙伴关系21周年", "越南共产党成立95周年", "两国建交50周年", "", "联合国成立80周年之际"]
    for text in texts:
        for prefix in (text, text[:len(text) // 2], ""):
            assert _foundings_in(prefix, text) == \
                [f for f in foundings() if _applies(f, text) and (f.word is None or f.word in prefix)]


def _old_dates_agree(a: Event, b: Event) -> bool:
    from dipnet.extract.finding.sameday import _one_vote, _within, days_of_one_trip
    if not a.date or not b.date:
        return True
    if a.brief == b.brief and (a.attributes.get("_loose") or b.attributes.get("_loose")) and \
            not (a.attributes.get("_prior") or b.attributes.get("_prior")):
        return True
    if a.attributes.get("_prior") or b.attributes.get("_prior"):
        return a.date[:7] == b.date[:7]
    n = min(len(a.date), len(b.date))
    return a.date[:n] == b.date[:n] or _within(a, b) or _within(b, a) or days_of_one_trip(a, b) or _one_vote(a, b)


def test_dates_agree_asks_each_test_of_its_types() -> None:
    from dipnet.extract.finding.sameday import dates_agree
    rng = random.Random(18)
    days = ["2024-05-06", "2024-05-07", "2024-05-09", "2024-05", "2024", "2024-05-30", None]
    for _ in range(4000):
        evs = []
        for _ in range(2):
            d = rng.choice(days)
            evs.append(Event(type=rng.choice(["VISIT", "CONFERENCE", "ELECTION", "MEET"]), status=rng.choice(["occurred", "planned"]),
                             start=0, end=1, participants=rng.sample(["甲", "乙", "丙"], rng.randrange(0, 3)), date=d,
                             end_date=rng.choice([None, "2024-05-08"]) if d else None, brief=rng.choice([None, 0]),
                             attributes=rng.choice([{}, {"_loose": True}, {"_prior": True}])))
        assert dates_agree(*evs) == _old_dates_agree(*evs)
