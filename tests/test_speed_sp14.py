"""sp14's speed changes give what the plain reading gave."""

import random

from dipnet.aboutness import (
    _RUN,
    _shared,
    other_headline,
    other_headlines,
    story_words,
    word_pairs,
)
from dipnet.layout import load_layout

_CHARS = "中国越南外交部长会见访问新闻热点智利总统出席开幕式AB1 ,。|-·\n"


def _text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_CHARS) for _ in range(n))


def test_pairs_are_each_run_s_adjacent_characters() -> None:
    rng = random.Random(14)
    for _ in range(500):
        text = _text(rng, rng.randrange(40))
        assert word_pairs(text) == {m.group()[k:k + 2] for m in _RUN.finditer(text) for k in range(len(m.group()) - 1)}


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
        own, held = word_pairs(line), word_pairs(body)
        assert _shared(line, body) == ((len(own & held) / len(own) if own else 0.0), len(own & held))
