"""Page furniture read by the segment stage (dipnet.furniture), and the fixed-word scan recognition
shares: answers that the speed-ups (bounded look-back, first-character checks) must leave the same."""

from __future__ import annotations

import time

from dipnet.furniture import _made_of, is_boilerplate
from dipnet.layout import load_layout
from dipnet.recognize.lexicon import Words
from dipnet.recognize.scan import find_all, found_words, word_scan

_WORDS = frozenset({"微博", "QQ空间", "分享到", "微信", "字号", "打印本页", "大"})


def test_made_of_splits_buttons_run_together() -> None:
    assert _made_of("微博QQ空间", _WORDS)
    assert _made_of("分享到微信微博", _WORDS)
    # a long run of buttons: split points far from the token's start are still found
    assert _made_of("分享到微信微博打印本页" * 40, _WORDS)


def test_made_of_rejects_text() -> None:
    assert not _made_of("微博大", _WORDS)  # a one-character piece is no button
    assert not _made_of("微信公众号发布消息", _WORDS)  # opens with a word, then text
    assert not _made_of("外交部发言人表示", _WORDS)


def test_long_line_is_no_boilerplate_quickly() -> None:
    """A paragraph without spaces is one token: it is rejected at once, not split-checked in
    time square to its length."""
    line = "越南外交部发言人表示越方坚决反对有关行为" * 500
    t0 = time.process_time()
    assert not is_boilerplate(line, load_layout())
    assert time.process_time() - t0 < 0.5


def test_words_firsts_are_the_opening_characters() -> None:
    w = Words(["委员会", "委员", "部"])
    assert w.firsts == frozenset({"委", "部"})


def test_found_words_is_find_all_of_each() -> None:
    text = "国务院总理在外交部会见了外交部长和国务院官员,会见后表示"
    words = [*sorted(word_scan()._known)[:50], "外交部", "会见", "不在扫描里的词", "表示"]
    expected = [(w, find_all(text, w)) for w in words if find_all(text, w)]
    assert found_words(text, words) == expected
    assert ("不在扫描里的词", []) not in found_words(text, words)
