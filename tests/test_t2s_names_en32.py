"""Traditional 乾 in a name stays 乾 after the Traditional→Simplified conversion; in a "dry" word it is 干."""

import pytest

from dipnet.model import Page
from dipnet.normalize import normalize


@pytest.mark.parametrize("raw, kept", [
    ("中國駐越南大使司徒宇乾會見了越方官員。", "司徒宇乾"),
    ("外交部發言人林乾明表示，雙方將加強合作。", "林乾明"),
    ("駐泰國大使陳乾出席了招待會。", "陳乾"),
    ("總領事黃建乾致辭。", "黃建乾"),
])
def test_a_name_keeps_qian(raw: str, kept: str) -> None:
    text = normalize(Page(source="t", text=raw)).text
    assert kept.replace("陳", "陈").replace("黃", "黄") in text


@pytest.mark.parametrize("raw, folded", [
    ("該國今年遭遇嚴重乾旱。", "干旱"),
    ("氣候乾燥，森林火災頻發。", "干燥"),
    ("雙方舉杯乾杯。", "干杯"),
    ("乾隆年間的文物展出。", "乾隆"),
])
def test_a_common_word_is_folded(raw: str, folded: str) -> None:
    assert folded in normalize(Page(source="t", text=raw)).text


def test_offsets_stay_one_to_one() -> None:
    doc = normalize(Page(source="t", text="大使司徒宇乾說，乾旱嚴重。"))
    assert len(doc.offsets) == len(doc.text) + 1
