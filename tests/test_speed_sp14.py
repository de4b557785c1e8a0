"""sp14's speed changes give what the plain reading gave."""

import random

from dipnet.aboutness import (
    _BODY_CHARS,
    _ENOUGH,
    _FLOOR,
    _MIN_SHARED,
    _NEAR,
    _RUN,
    _STRONG,
    _STRONG_GAP,
    _WEAK,
    _candidate,
    _pairs,
    _shared,
    about_line,
    other_headline,
    other_headlines,
    story_words,
)
from dipnet.furniture import is_furniture
from dipnet.layout import Layout, load_layout
from dipnet.lineshape import photo_marker

_CHARS = "中国越南外交部长会见访问新闻热点智利总统出席开幕式AB1 ,。|-·\n"


def _text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_CHARS) for _ in range(n))


def test_pairs_are_each_run_s_adjacent_characters() -> None:
    rng = random.Random(14)
    for _ in range(500):
        text = _text(rng, rng.randrange(40))
        assert _pairs(text) == {m.group()[k:k + 2] for m in _RUN.finditer(text) for k in range(len(m.group()) - 1)}


def test_other_headlines_are_the_lines_other_headline_takes() -> None:
    rng = random.Random(41)
    layout = load_layout()
    for _ in range(200):
        texts = [_text(rng, rng.randrange(30)) for _ in range(rng.randrange(1, 8))]
        at = rng.randrange(len(texts))
        story = story_words(texts, at)
        assert other_headlines(texts, at, layout) == {k for k in range(at) if other_headline(texts[k], story, layout)}


def test_a_line_s_pairs_held_by_the_body_text_are_those_its_pair_set_holds() -> None:
    rng = random.Random(7)
    for _ in range(500):
        line, body = _text(rng, rng.randrange(20)), _text(rng, rng.randrange(80))
        own, held = _pairs(line), _pairs(body)
        assert _shared(line, body) == ((len(own & held) / len(own) if own else 0.0), len(own & held))


def _about_line_reference(texts: list[str], at: int, layout: Layout) -> int:
    """about_line as merged (every line read without its caption first, the opening's pair set built)."""
    body_lines = texts
    texts = [t[:m.start()].strip() if (m := photo_marker(t, layout)) else t for t in texts]
    if not 0 <= at < len(texts) or "。" in texts[at] or len(texts[at]) >= 60:
        return at
    first = next((k for k, t in enumerate(texts) if "。" in t and not is_furniture(t, layout)), None)
    if first is None:
        return at
    body_text = ""
    for t in body_lines[first:]:
        body_text += t
        if len(body_text) >= _BODY_CHARS:
            break
    body = _pairs(body_text)

    def shared(text: str) -> float:
        own = _pairs(text)
        return len(own & body) / len(own) if own else 0.0
    own = shared(texts[at])
    if own >= _WEAK and len(_pairs(texts[at]) & body) >= _MIN_SHARED:
        return at
    scores = {k: shared(texts[k]) for k in range(first) if k != at and _candidate(texts[k], layout)
              and len(_pairs(texts[k]) & body) >= _MIN_SHARED}
    top = max(scores.values(), default=0.0)
    shaped = _candidate(texts[at], layout) and bool(_pairs(texts[at]) & body)
    floor = (_STRONG, _STRONG_GAP) if shaped else (_FLOOR, _FLOOR)
    if top < max(floor[0], own + floor[1]):
        return at
    return min(k for k, s in scores.items() if s >= min(_NEAR * top, _ENOUGH))


def test_about_line_picks_what_the_merged_reading_picked() -> None:
    rng = random.Random(3)
    layout = load_layout()
    lines = ["越老外交部门加强合作", "外交部长会见老挝大使", "新闻热点", "首页|国际|外交", "智利总统出席开幕式 图1某某。图自某社",
             "越南外交部长会见老挝驻越大使,双方就加强两国外交部门合作交换意见。", "越方愿同老方推动两国关系发展。", "·热点新闻"]
    for _ in range(2000):
        texts = [rng.choice(lines) if rng.random() < 0.7 else _text(rng, rng.randrange(30)) for _ in range(rng.randrange(1, 9))]
        at = rng.randrange(-1, len(texts) + 1)
        assert about_line(texts, at, layout) == _about_line_reference(texts, at, layout)
