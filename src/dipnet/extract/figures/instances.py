"""A figure told again that tells another instance of the same kind of claim, not the same claim again:
facts.py keeps a figure once per holder, value, unit and year, which folds two claims of one coarse holder
(中国, 越南) that merely share a value. The telling itself says when it is another instance:

- its sentence opens on a word of what came next and tells, before it, figures the first telling's sentence
  did not (其后,475名在场代表(占…95.19%)以100%的赞成率通过了… after 478名…95.79%…以100%: the next vote;
  随后,两国总理出席了12份合作文件的签字仪式 restates the 12 documents signed);
- its clause tells an earlier instance before the figure (该笔援助也延续了美国在今年10月曾提供的50万美元支持,
  after 本次50万美元的援助: the aid of October, not this one);
- its clause names another ordinal of the same series than the first telling's (中国第六批…部队共395人 /
  中国第5批…部队395名官兵: two contingents);
- it stands on a tally line under another label (欧洲:1个 / 南美洲:1个: two regions' counts).

Words in data/facts.toml (instance_next_openers, instance_earlier_before, instance_series_words)."""

from __future__ import annotations

import re
from functools import cache

from .factwords import load_data, words
from .numbers import chinese_to_int

_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_TALLY_LABEL_MAX = 12  # how long a tally line's label may be (中美洲与加勒比海: 8)


@cache
def _ordinal() -> re.Pattern[str]:
    """第N批 / 第六届: an ordinal of a series (its number in group 1)."""
    series = "|".join(map(re.escape, load_data("facts.toml")["instance_series_words"]))
    return re.compile(r"第([\d〇一二两三四五六七八九十百]+)(?:" + series + ")")


def _ordinals(text: str) -> set[int]:
    out = set()
    for m in _ordinal().finditer(text):
        n = m.group(1)
        value = int(n) if n.isdigit() else chinese_to_int(n)
        if value is not None:
            out.add(value)
    return out


def _tally_label(text: str, pos: int) -> str | None:
    """The label of a tally line the figure at `pos` closes the head of (欧洲:1个 → 欧洲), else None."""
    line_start = text.rfind("\n", 0, pos) + 1
    head = text[line_start:pos]
    if not head.endswith(":"):  # (normalize folds the full-width colon)
        return None
    label = head[:-1].strip()
    if not 0 < len(label) <= _TALLY_LABEL_MAX or any(ch in label for ch in ",。;!?"):
        return None
    return label


def another_instance(text: str, first: tuple[int, int, int], again: tuple[int, int, int]) -> bool:
    """Whether the figure told again at again = (sentence start, clause start, number start) tells another
    instance than the one told first at `first` (the same three positions)."""
    f_sentence, f_clause, f_pos = first
    s_start, c_start, pos = again
    if s_start == f_sentence:
        return False  # one sentence: facts.py's own rules tell its clauses apart
    opening = text[s_start:pos].lstrip()
    if opening.startswith(words("instance_next_openers")):
        mine_told, first_told = _DIGITS.findall(opening), _DIGITS.findall(text[f_sentence:f_pos])
        if mine_told and first_told and set(mine_told).isdisjoint(first_told):
            return True  # (随后,两国总理出席了12份文件的签字仪式 after …签署了12份合作文件: told again)
    earlier = words("instance_earlier_before")
    if any(w in text[c_start:pos] for w in earlier) and not any(w in text[f_clause:f_pos] for w in earlier):
        return True
    mine, theirs = _ordinals(text[c_start:pos]), _ordinals(text[f_clause:f_pos])
    if mine and theirs and mine.isdisjoint(theirs):
        return True
    label, first_label = _tally_label(text, pos), _tally_label(text, f_pos)
    return label is not None and first_label is not None and label != first_label
