"""sp34's speed changes give what the code before them gave (invented texts)."""

from __future__ import annotations

import random
import re
from types import SimpleNamespace

from dipnet.extract.figures.factwords import load_data
from dipnet.extract.figures.numbers import NUMBER
from dipnet.extract.figures.quantities import _range_separator, range_high, unit_after


def _range_high_before(ctx: SimpleNamespace, m: re.Match[str]) -> re.Match[str] | None:
    """range_high as it was before the unit word's first character was checked (unit_after asked always)."""
    text, data = ctx.text, ctx.data
    if m.group("vague"):
        return None
    j = m.end()
    u = unit_after(text, j)
    if u is not None and u.kind in ("money", "percent"):
        j += len(u.word)
    sep = _range_separator(data["range_separator"]).match(text, j)
    high = NUMBER.match(text, sep.end()) if sep else None
    if high is None or high.group("vague") or bool(high.group("cn")) != bool(m.group("cn")):
        return None
    u2 = unit_after(text, high.end())
    if u2 is None or (u is not None and u.kind in ("money", "percent") and u2.word != u.word):
        return None
    return high


_PIECES = ["3", "45", "6.5", "三", "十二", "亿", "万", "美元", "元", "%", "％", "个百分点", "人", "年", "国",
           "至", "到", "-", "~", "—", " ", "\u3000", "\n", "约", "和", "的", "多", "名", "吨"]


def test_range_high_as_before_on_random_texts() -> None:
    rng = random.Random(34)
    data = load_data("facts.toml")
    asked = found = 0
    for _ in range(20000):
        n = rng.randint(1, 12)
        if rng.random() < 0.5:  # a number, maybe a unit, a separator, a number, maybe a unit
            n = 0
            text = "".join(rng.choice(p) for p in (_PIECES[:5], _PIECES[5:13] + [""], _PIECES[14:21], _PIECES[:5], _PIECES[5:13] + [""]))
        text = text if not n else "".join(rng.choice(_PIECES) for _ in range(n))
        ctx = SimpleNamespace(text=text, data=data)
        for m in NUMBER.finditer(text):
            got, want = range_high(ctx, m), _range_high_before(ctx, m)  # type: ignore[arg-type]
            assert (got and got.span()) == (want and want.span()), text
            asked += 1
            found += want is not None
    assert asked > 20000 and found > 800  # (the texts hold ranges of every kind, not only lone numbers)


def test_range_high_reads_units_after_a_space() -> None:
    data = load_data("facts.toml")
    for text, high in (("300亿 美元至350亿美元", None), ("6%-6.5%", "6.5"), ("20 %至30%", "30"), ("5至8人", "8")):
        ctx = SimpleNamespace(text=text, data=data)
        got = range_high(ctx, NUMBER.match(text))  # type: ignore[arg-type]
        want = _range_high_before(ctx, NUMBER.match(text))  # type: ignore[arg-type]
        assert (got and got.group()) == (want and want.group())
        assert high is None or (got is not None and got.group().startswith(high))


def test_unit_before_a_joiner_found_as_before() -> None:
    from dipnet.extract.figures.closeditems import _unit_ends
    words = [w for u in load_data("facts.toml")["units"] for w in u["words"]]
    rng = random.Random(341)
    for _ in range(5000):
        text = "".join(rng.choice(words + ["3", "和", "国"]) for _ in range(rng.randint(1, 4)))
        end = rng.randint(0, len(text))
        want = next((w for w in words if text.endswith(w, 0, end)), None)
        assert next((w for w in _unit_ends().get(text[end - 1:end] if end > 0 else "", ()) if text.endswith(w, 0, end)), None) == want


def test_countries_counted_with_a_classifier_as_before() -> None:
    from dipnet.extract.figures.claimfilter import _classified_countries
    from dipnet.extract.figures.factwords import words
    data = load_data("facts.toml")
    pairs = [c + n for c in data["count_classifiers_of_countries"] for n in words("country_counted")]
    assert pairs and set(_classified_countries()) == set(pairs)
    for text in pairs + ["个人", "国家", "名代表", ""]:
        assert text.startswith(_classified_countries()) == any(text.startswith(p) for p in pairs)


def test_predicate_as_before() -> None:
    from dipnet import rx
    from dipnet.extract.figures.quantities import predicate, unit_words
    data = load_data("facts.toml")
    ctx = SimpleNamespace(data=data)
    windows = ["双边贸易额达", "投资总额为", "援助", "游客人数", "出口", "人口约", "GDP增长", ""]
    for u in unit_words():
        if u.kind not in data["fallback_predicates"]:
            continue  # (成 is read as a percent before a predicate is asked)
        for window in windows:
            for p in data["predicates"]:
                if p["unit"] in (u.unit, u.kind) and rx.compile(p["pattern"]).search(window):
                    want = p["name"]
                    break
            else:
                want = data["fallback_predicates"][u.kind]
            if u.kind == "money" and not want.endswith(u.unit.lower()):
                want = f"{want}_{u.unit.lower()}"
            assert predicate(ctx, u, window) == want  # type: ignore[arg-type]


def _tidy_spaces_before(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """normalize._tidy_spaces as it was before the breaks of a run were found by str.find."""
    from dipnet.normalize import _GAP, _cjk
    pieces: list[str] = []
    org: list[int] = []
    last = 0
    for m in _GAP.finditer(text):
        a, b = m.span()
        if b - a == 1 and text[a] == " ":
            prev = text[a - 1] if a else "\n"
            nxt = text[b] if b < len(text) else "\n"
            if prev != "\n" and nxt != "\n" and (("\u3400" <= prev <= "\u9fff" and "\u3400" <= nxt <= "\u9fff")
                                                 or not (_cjk(prev) or _cjk(nxt))):
                continue
            pieces.append(text[last:a])
            org.extend(origin[last:a])
            last = b
            continue
        pieces.append(text[last:a])
        org.extend(origin[last:a])
        last = b
        run = m.group()
        if "\n" in run:
            at = [a + k for k, ch in enumerate(run) if ch == "\n"][:2]
            pieces.append("\n" * len(at))
            org.extend(origin[k] for k in at)
            continue
        prev = text[a - 1] if a else "\n"
        nxt = text[b] if b < len(text) else "\n"
        between_han = "\u3400" <= prev <= "\u9fff" and "\u3400" <= nxt <= "\u9fff"
        if prev == "\n" or nxt == "\n" or (not between_han and (_cjk(prev) or _cjk(nxt))):
            continue
        pieces.append(" ")
        org.append(origin[a])
    if not pieces:
        return text, origin
    pieces.append(text[last:])
    org.extend(origin[last:])
    return "".join(pieces), org


def test_tidy_spaces_as_before_on_random_texts() -> None:
    from dipnet.normalize import _tidy_spaces
    rng = random.Random(342)
    for _ in range(20000):
        text = "".join(rng.choice(["中", "国", "a", "1", "。", ",", " ", " ", "\n", "\n", "\u3000"]) for _ in range(rng.randint(0, 16)))
        origin = [rng.randint(0, 99) for _ in text]
        assert _tidy_spaces(text, origin) == _tidy_spaces_before(text, origin), repr(text)


def test_broken_off_words_as_before() -> None:
    from dipnet.extract.figures.relationpartners import _break_words
    data = load_data("relations.toml")
    breaks, joined = _break_words()
    assert breaks == tuple(data["break_words"]) and joined
    rng = random.Random(343)
    pieces = list(breaks) + list(data["break_joiners"]) + ["与", "国", "的", "中"]
    for _ in range(5000):
        before = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 3)))[-3:]
        assert before.endswith(joined) == any(before.endswith(w + j) for w in breaks for j in data["break_joiners"])
