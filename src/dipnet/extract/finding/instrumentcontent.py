"""What an instrument holds is no event of its own (ts4, issue 13): a word that stands in the terms an instrument is
told to hold or allow (达成多项协议,涵盖领域包括贸易、援助; 签署《互惠准入协定》,容许两国在对方境内部署士兵; 洽谈ACSA,允许两军
相互提供后勤支援) or inside the title of one (《捐赠朱鹮及加强…合作谅解备忘录》, 「后勤物资提供协定」) names what the
instrument is about — no gift, deployment, meeting or conference is told, whatever the word's type. The instrument
itself (AGREEMENT) and the partnership it sets up (RELATION_CHANGE: 《关于建立…伙伴关系的联合声明》) are what its words
name, and stay. The words are data (cues.toml instrument_content_before, instrument_title_marks, instrument_title_end)."""

from __future__ import annotations

import re
from functools import cache

from dipnet import rx
from dipnet.extract.common.cues import cue, cues

_NAMED_BY_IT = ("AGREEMENT", "RELATION_CHANGE")  # the instrument and the partnership it sets up
_TITLE_REACH = 80  # a title longer than this is no title (an unclosed mark)


def _in_title(text: str, sentence: tuple[int, int], k: int, end: int) -> bool:
    """Does the word at k..end stand inside title marks whose name ends in an instrument's word?"""
    for marks in cues("instrument_title_marks"):  # (《》, 「」: data, each mark with its closing)
        opening, closing = marks[0], marks[1]
        at = text.rfind(opening, max(sentence[0], k - _TITLE_REACH), k)
        if at == -1 or closing in text[at:k]:
            continue
        close = text.find(closing, end, min(sentence[1], at + _TITLE_REACH))
        if close != -1 and rx.compile(cue("instrument_title_end")).search(text, at + 1, close):
            return True
    return False


def instrument_content(text: str, type_name: str, sentence: tuple[int, int], k: int, end: int) -> bool:
    """Is the word at k..end (of an event type other than the instrument's own) what an instrument holds: in the
    terms told after its verb of holding or allowing, in its sentence, or inside its title?"""
    if type_name in _NAMED_BY_IT:
        return False
    return _holds_verb(text, sentence[0], k) and rx.compile(cue("instrument_content_before")).search(
        text, sentence[0], k) is not None or _in_title(text, sentence, k, end)


def _holds_verb(text: str, start: int, k: int) -> bool:
    """Does a verb of holding or allowing stand before the word (every match of instrument_content_before holds
    one: a quick scan for the two characters, not the pattern tried at each instrument word of the sentence)?"""
    return _verbs().search(text, start, k) is not None


@cache
def _verbs() -> re.Pattern[str]:
    return rx.compile(f"{cue('instrument_holding_verbs')}|{cue('instrument_allowing_verbs')}")
