"""sp22 (issue 13's speed condition): each function sp22 changed gives what the code it replaced gave, on
random and invented text (the replaced code is kept here and compared with the new)."""

from __future__ import annotations

import copy
import importlib
import random
from collections.abc import Callable

from dipnet.model import Event

knowledge = importlib.import_module("dipnet.timex.knowledge")
undated = importlib.import_module("dipnet.extract.merging.undated")
urlslug = importlib.import_module("dipnet.urlslug")


def _founding_before_old(prefix: str, text: str) -> tuple[str, str] | None:
    """founding_before as it was before sp22: every founding the text's context words admit, then its word."""
    if "建交" in prefix[-6:]:
        rel = knowledge.relation_before(prefix)
        if rel:
            return rel
        if knowledge._plain(r"建交\s?[\d〇零一二两三四五六七八九十百]*$").search(prefix):
            return None
    best = None
    for f in knowledge.foundings():
        if f.word is not None and f.word not in prefix:
            continue
        if f.context is not None and not f.context.search(text):
            continue
        if f.not_context is not None and f.not_context.search(text):
            continue
        if f.near is not None and not f.near.search(prefix[-40:]):
            continue
        if f.not_near is not None and f.not_near.search(prefix[-40:]):
            continue
        for m in f.pattern.finditer(prefix):
            key = (m.end(), m.end() - m.start())
            if best is None or key > best[:2]:
                best = (key[0], key[1], f)
    if best is None or len(prefix) - best[0] > 8:
        return None
    return best[2].date, best[2].name


def _pieces() -> list[str]:
    """The foundings' words, context words and a few fillers, to build random prefixes and texts from."""
    out = {"，", "。", "成立", "周年", "建交", "暨", "和", "的", "越南", "中国", "东盟", "对话关系", "45", "二十"}
    for f in knowledge.foundings():
        if f.word:
            out.add(f.word)
        for p in (f.context, f.not_context, f.near, f.not_near):
            if p is not None:
                out.update(w for w in p.pattern.replace("(", "|").replace(")", "|").split("|")
                           if w and all("\u4e00" <= c <= "\u9fff" for c in w))
    return sorted(out)


def test_founding_before_as_before() -> None:
    rnd = random.Random(22)
    pieces = _pieces()
    fs = knowledge.foundings()
    for n in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40)))
        if n % 3 == 0:  # a founding's own word just before the number, its context somewhere in the text
            f = rnd.choice(fs)
            prefix = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 4))) + (f.word or "东盟与中国对话关系")
            text += prefix + "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        else:
            prefix = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6)))
        prefix = prefix[-40:]
        assert knowledge.founding_before(prefix, text) == _founding_before_old(prefix, text), (prefix, text)


def test_founding_before_invented() -> None:
    text = "东盟成立五十周年暨东盟与中国建立对话伙伴关系三十周年之际，两国友好协会举行纪念活动。"
    for i in range(len(text)):
        assert knowledge.founding_before(text[max(0, i - 40):i], text) == _founding_before_old(text[max(0, i - 40):i], text)


def _join_undated_old(events: list[Event], same: Callable[[Event, Event], bool],
                      absorb: Callable[[Event, Event], None]) -> list[Event]:
    """join_undated as it was before sp22."""
    dated = [e for e in events if not e.attributes.get("_untimed") and e.date and e.type in undated._JOINS]
    gone: set[int] = set()
    for ev in events:
        if not ev.attributes.get("_untimed") or ev.type not in undated._JOINS or not ev.date:
            continue
        twins = []
        for d in dated:
            if d is ev or id(d) in gone or d.type != ev.type or d.brief != ev.brief or d.status != ev.status \
                    or d.date == ev.date or d.start >= ev.start:
                continue
            own = undated._as_dated(ev, d)
            if same(d, ev):
                twins.append(d)
            ev.date, ev.date_precision, ev.end_date = own
        if len({d.date for d in twins}) != 1:
            continue
        twin = twins[0]
        ev.date, ev.date_precision, ev.end_date = twin.date, twin.date_precision, twin.end_date
        absorb(twin, ev)
        gone.add(id(ev))
    return [e for e in events if id(e) not in gone]


def _random_events(rnd: random.Random) -> list[Event]:
    out = []
    for i in range(rnd.randint(0, 9)):
        ev = Event(rnd.choice(["VISIT", "STATEMENT", "MEET", "CONFERENCE"]), rnd.choice(["occurred", "planned"]),
                   rnd.randint(0, 50) * 10 + i, 600, participants=rnd.sample(["甲", "乙", "丙"], rnd.randint(1, 2)),
                   date=rnd.choice([None, "2026-01-02", "2026-01-05", "2026-02"]), brief=rnd.choice([None, 0]))
        ev.date_precision = None if ev.date is None else ("day" if len(ev.date) == 10 else "month")
        r = rnd.random()
        if r < 0.4:
            ev.attributes["_untimed"] = True
        elif r < 0.5:
            ev.attributes["_untimed"] = False  # (before sp22, every event carried the key)
        out.append(ev)
    return out


def _same(a: Event, b: Event) -> bool:
    return a.date == b.date and bool(set(a.participants) & set(b.participants))


def _absorb(twin: Event, ev: Event) -> None:
    twin.participants = sorted(set(twin.participants) | set(ev.participants))
    twin.attributes.setdefault("took", []).append(ev.start)


def _view(events: list[Event]) -> list[tuple]:
    return [(e.type, e.status, e.start, e.date, e.date_precision, e.end_date, e.participants,
             {k: v for k, v in e.attributes.items() if k != "_untimed"}, e.brief) for e in events]


def test_join_undated_as_before() -> None:
    rnd = random.Random(13)
    for _ in range(3000):
        events = _random_events(rnd)
        before = copy.deepcopy(events)
        for e in before:  # (the old code read a False where sp22's sets no key)
            e.attributes.setdefault("_untimed", False)
        assert _view(undated.join_undated(events, _same, _absorb)) == \
            _view(_join_undated_old(before, _same, _absorb))


def _slug_title_old(url: str | None, raw: str, title: str) -> str:
    head = urlslug.slug(url) if url else None
    first = next((ln.strip() for ln in raw.splitlines() if ln.strip()), "")
    if head is None or not urlslug.untitled_paragraph(first) or urlslug._CRAWL_DATE.match(first) \
            or urlslug._chinese(head) in urlslug._chinese(raw):
        return title
    return head


def test_slug_title_as_before() -> None:
    para = "某国外长昨日在首都会见来访的另一国代表团，双方就两国关系和共同关心的地区问题深入交换了意见。" * 2
    urls = [None, "", "https://example.org/news/12345.html", "https://zh.example.vn/某国外长会见来访的代表团/16514.vnp",
            "https://zh.example.vn/%E6%9F%90%E5%9B%BD/1.vnp", "https://zh.example.vn/会见代表团-post12.html"]
    raws = ["", "\n\n", para, "短标题\n" + para, " date 2026-01-23 " + para, "某国外长会见来访的代表团\n" + para]
    for u in urls:
        for r in raws:
            assert urlslug.slug_title(u, r, "印出的标题") == _slug_title_old(u, r, "印出的标题"), (u, r)


factpairs = importlib.import_module("dipnet.extract.figures.factpairs")
titles = importlib.import_module("dipnet.recognize.titles")


def _short_compound_ends_old(ctx) -> set[int]:  # type: ignore[no-untyped-def]
    shorts = factpairs.load_kb().short_forms()
    text = ctx.text
    return {i + 2 for i in range(len(text) - 1) if text[i] in shorts and text[i + 1] in shorts
            and i + 2 not in ctx.ending_at}


def test_short_compound_ends_as_before() -> None:
    from types import SimpleNamespace
    rnd = random.Random(7)
    shorts = sorted(factpairs.load_kb().short_forms())
    pieces = shorts + ["贸易", "合作", "，", "。", "两国", "额", "1", "-", "[", "]", "\\", "^"]
    for _ in range(2000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        ctx = SimpleNamespace(text=text, ending_at={rnd.randint(0, len(text) + 2) for _ in range(rnd.randint(0, 5))})
        assert factpairs.short_compound_ends(ctx) == _short_compound_ends_old(ctx), text  # type: ignore[arg-type]


def _prefer_posts_old():  # type: ignore[no-untyped-def]
    import inspect
    import textwrap
    src = textwrap.dedent(inspect.getsource(titles.prefer_posts))
    new = '''for n in range(min(_LONGEST_TITLE, len(text) - j), max(1, t.end - j), -1)
                         if (info'''
    old = '''for n in range(_LONGEST_TITLE, 1, -1)
                         if t.end < j + n <= len(text) and (info'''
    assert src.count(new) == 1
    ns: dict = {}
    exec(compile(src.replace(new, old), "titles_old", "exec"), titles.prefer_posts.__globals__, ns)  # noqa: S102
    return ns["prefer_posts"]


def test_prefer_posts_as_before() -> None:
    from types import SimpleNamespace
    old = _prefer_posts_old()
    rnd = random.Random(5)
    chars = "大校长部助理团代表国会外交"
    for _ in range(2000):
        text = "".join(rnd.choice(chars) for _ in range(rnd.randint(1, 14)))
        infos = {text[a:b]: SimpleNamespace(kind=rnd.choice(["post", "rank"]))
                 for a in range(len(text)) for b in range(a + 2, min(len(text), a + 9) + 1) if rnd.random() < 0.3}
        hits = []
        for _ in range(rnd.randint(0, 3)):
            a = rnd.randint(0, len(text) - 1)
            b = rnd.randint(a + 1, len(text))
            hits.append(titles.TitleHit(a, b, text[a:b], rnd.choice(["rank", "post"])))
        assert titles.prefer_posts(text, hits, infos) == old(text, hits, infos), (text, hits)  # type: ignore[arg-type]
