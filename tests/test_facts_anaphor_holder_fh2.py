"""A figure whose holder is told by an anaphor (fh2): invented sentences, failing without the change."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract


def _facts(text: str) -> list[Fact]:
    return extract_facts(extract(text, source="t.txt"))


def _holder(text: str, value: float) -> str:
    return next(f.subject for f in _facts(text) if f.value == value)


def test_a_pronoun_holding_a_count_of_countries_is_the_person_of_the_sentence_before() -> None:
    text = ("新华社东京5月3日电 日本首相岸田文雄3日抵达巴西利亚,开始对巴西进行正式访问。\n"
            "岸田文雄上任以来一直积极推动首脑外交。他至今总共已访问过17国。")
    assert _holder(text, 17) == "岸田文雄"


def test_a_pointing_word_holding_a_count_is_the_body_named_before_with_that_tail() -> None:
    text = ("新华社河内6月2日电 河内市越日友好协会2日举行成立大会。\n"
            "河内市越日友协副主席阮文安表示,多年来,该友协不断发展壮大,至今共有14个分会。")
    assert _holder(text, 14) == "河内市越日友好协会"


def test_a_pronoun_that_says_leaves_the_figure_to_what_it_tells() -> None:
    text = ("新华社北京1月4日电 外交部长王毅4日在北京发表演讲。\n"
            "他回顾一年来的工作,称中国外交取得9项重要成果。")
    assert _holder(text, 9) != "王毅"
