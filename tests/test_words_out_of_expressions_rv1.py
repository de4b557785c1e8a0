"""The grammatical words the participants' and the figures' readers match (conjunctions, prepositions, pronouns,
adverbs, kinds of session, the edition ordinal) are kept in their data files (data/cues.toml, messages.toml,
facts.toml), not written inside the code's regular expressions (rv1, stop 42). What may stay in code is syntax: the
numerals and the ordinal's 第…届/次, the attributive 的 a modifier phrase ends with, punctuation and the CJK range; in
figures/numbers.py, the numeral grammar itself, its vague heads (数十万, 几百, 上万), 点, 多/余 and the date marks a
number's rest stops at (年月日) too."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from dipnet.extract.common.cues import cue
from dipnet.extract.figures.factwords import load_data
from dipnet.extract.participants.messages import _roll_words

EXTRACT = Path(__file__).parent.parent / "src" / "dipnet" / "extract"
SYNTAX = set("〇零○一二两三四五六七八九十百千万亿兆廿卅第届屆次的\u9fff")  # (\u9fff: the CJK range's end)
CALLS = {"compile", "search", "match", "fullmatch", "sub", "finditer", "findall", "split", "_plain"}
NUMERALS = set("数几上点多余年月日")
MODULES = sorted([*(EXTRACT / "participants").glob("*.py"), *(EXTRACT / "figures").glob("*.py")])


def _words_in_expressions(path: Path) -> list[str]:
    """The Chinese characters other than syntax in the string literals a regular expression is built from."""
    syntax = SYNTAX | NUMERALS if path.name == "numbers.py" else SYNTAX
    out = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        f = node.func
        name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
        if name not in CALLS or isinstance(f, ast.Attribute) and not (isinstance(f.value, ast.Name) and f.value.id in ("re", "rx")):
            continue
        for s in ast.walk(node.args[0]):
            if isinstance(s, ast.Constant) and isinstance(s.value, str):
                out += [ch for ch in re.findall(r"[\u4e00-\u9fff]", s.value) if ch not in syntax]
    return out


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_grammatical_word_inside_an_expression_in_code(path: Path) -> None:
    assert _words_in_expressions(path) == []


def test_the_words_moved_are_read_from_the_data() -> None:
    assert re.compile(cue("land_person_apart")).search("甲国和乙国")
    assert re.compile(cue("elected_pronoun") + cue("elected_between") + "$").search("祝贺她再次")
    assert re.compile(_roll_words()["title_list_break"]).search("甲国和乙国") and \
        not re.compile(_roll_words()["title_list_break"]).search("某某共和国")
    assert re.compile(load_data("facts.toml")["edition_ordinal"]).sub("", "第十二届某某论坛") == "某某论坛"
    assert "瓦" in load_data("facts.toml")["mega_units"] and "驻" in load_data("facts.toml")["envoy_posted_before"]
