"""Talks whose sides the lead tells only by their lands (中越两国领导人在北京举行会谈 / 越老两国外长通电话) and whose
people the body names right after (习近平同苏林… / 会谈中,苏林同通伦… / 王毅表示…。裴青山表示…): one meeting, whose
parties are the people of both tellings (issue 13: a lead that sums up and a body that retells)."""

import pytest

from eventpage import of

HEAD = "测试新闻\n\n2025-03-05\n\n"


def parties(body: str, type_: str) -> list[set[str]]:
    return [set(e.participants) for e in of(body, type_, HEAD)]


@pytest.mark.parametrize("body, type_, who", [
    ("新华社北京3月5日电 3月5日,中越两国领导人在北京举行会谈。\n习近平同苏林就两国关系交换意见。\n", "MEET", {"习近平", "苏林"}),
    ("越通社河内——3月5日,越老两国领导人在河内举行会谈。\n会谈中,越共中央总书记苏林同老挝国家主席通伦一致同意加强合作。\n",
     "MEET", {"苏林", "通伦·西苏里"}),
    ("越通社河内——3月5日,越老两国外长通电话。\n越南外长裴青山和老挝外长通萨万·丰威汉就双边关系交换意见。\n", "CALL",
     {"裴青山", "通萨万·丰威汉"}),
    ("新华社北京3月5日电 3月5日,中越两国外长在北京举行会谈。王毅表示,中方愿同越方加强合作。裴青山表示,越方高度重视越中关系。\n",
     "MEET", {"王毅", "裴青山"}),
])
def test_people_named_after_the_lands(body: str, type_: str, who: set[str]) -> None:
    assert who in parties(body, type_)  # (the people in place of the lands they stood for)


def test_one_side_named_adds_no_one() -> None:
    # only one side's person told after: no pair, the lands stay the sides
    body = "新华社北京3月5日电 3月5日,中越两国外长在北京举行会谈。王毅表示,中方愿同越方加强合作。\n"
    assert parties(body, "MEET") == [{"中国", "越南"}]
