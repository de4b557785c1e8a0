"""A link to another story printed on a line of its own inside the story (issue 13, br4): a headline
between two of the story's paragraphs, its words not taken up by the paragraph under it, while that
paragraph goes on with the paragraph over it ("…双方计划发表联合声明。" / "两国外长在北京为元首会晤作准备" /
"总统助理此前向记者披露,两国元首计划在会谈后共进午餐。"). A crosshead heads the text under it, and a
digest's card its own summary, which tell its words again ("某某对甲国进行国事访问" over "…对甲国进行
国事访问…"); text under a line that shares nothing with the text over it is no story going on either.
Such a link is a teaser."""

from __future__ import annotations

from dipnet.aboutness import word_pairs
from dipnet.crosshead import story_paragraph
from dipnet.layout import Layout
from dipnet.lineopens import LABELLED, opens_a_sentence, parallel
from dipnet.lineshape import is_headline
from dipnet.rx import plain as _plain

_HEAD_MIN, _HEAD_MAX = 15, 40  # a story's headline: a clause with its actor and act (a crosshead is shorter)
_TAKEN_UP = 0.2  # the share of the line's character pairs the paragraph under a crosshead tells again
_CJK_RUN = _plain(r"[\u4e00-\u9fff]{2,}")  # (the common characters only: aboutness counts the rarer ones too)
_ENUMERATED = _plain(r"[一二三四五六七八九十0-9]+[、.．]")
_QUOTES = (("“", "”"), ("「", "」"), ("(", ")"), ("《", "》"))


def _pairs(text: str) -> set[str]:
    return word_pairs(text, _CJK_RUN)


def _shaped(line: str, layout: Layout) -> bool:
    """A headline's shape: a clause of its length, no full stop, no space (a two-part line is crosshead.py's),
    no sentence's opening words, label, numbering, open quote, slogan's parallel clauses or question (an
    interview's question to its speaker, "有记者问,…是否不同以往?")."""
    if not _HEAD_MIN <= len(line) <= _HEAD_MAX or "。" in line or " " in line or not is_headline(line, layout):
        return False
    if line[-1] in ",，、:：;；?？" or LABELLED.match(line) or _ENUMERATED.match(line):  # (or a question put)
        return False
    if any(line.count(a) != line.count(z) for a, z in _QUOTES):
        return False
    return bool(_pairs(line)) and not opens_a_sentence(line) and not parallel(line)


def inline_link(line: str, before: str, after: str, layout: Layout) -> bool:
    """Whether `line`, between the story's paragraphs `before` and `after`, is a link to another story."""
    if not story_paragraph(before) or not story_paragraph(after) or not _shaped(line, layout):
        return False
    own = _pairs(line)
    taken = len(own & _pairs(after)) / len(own)
    below, above = _pairs(after), _pairs(before)
    goes_on = len(below & above) / max(1, min(len(below), len(above)))
    return taken < _TAKEN_UP and goes_on > taken
