"""normalize's set of characters to fold is read a block at a time (issue 17): the same set as asking
every character of the BMP one by one."""

from __future__ import annotations

import re

from dipnet import normalize as n


def test_the_fold_set_read_by_blocks_is_the_one_read_by_characters() -> None:
    one_by_one = [chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF and n._folds(chr(c))]
    assert n._special().pattern == "[" + "".join(re.escape(ch) for ch in one_by_one) + "\r\U00010000-\U0010ffff]"
    # a break between characters keeps each from composing with its neighbour ('e' + U+0301 composes)
    assert n._changed(["e", "\u0301"]) == [] and n._changed(["\uff0c", "a"]) == ["\uff0c"]
