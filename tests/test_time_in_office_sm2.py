"""The time gone since a holder took office, told short (就职仅八个月的某某, 就任不到3个月, 出掌总书记仅约两周时间,
距他当选总统仅仅三周): an aside on how new the holder is, a look back with no date — no election told (SPEC: a
retrospective event needs a date or year). An office taken on a day of its own stays an election, and so does one
the time left before it counts down to (距美国大选还不到一个月)."""

import pytest

from dipnet.pipeline import extract

HEAD = "新总统出访\n\n2025年03月05日 10:20\n\n"


def types(sentence: str) -> list[str]:
    doc = extract(HEAD + sentence + "\n", source="refs.txt")
    return [e.type for e in doc.events]


@pytest.mark.parametrize("sentence", [
    "新华社北京3月4日电 这是就职仅八个月的智利总统卡尔多索首次访问中国。",
    "新华社东京3月4日电 外务省官员表示,石川首相就任不到3个月,两位领导人将举行第二次会晤。",
    "新华社北京3月4日电 此次卡尔多索总统访华,距他当选巴西总统仅仅三周时间。",
    "新华社河内3月4日电 而今阮文安在出掌越共总书记仅约两周时间,将访问老挝。",
])
def test_time_since_taking_office_is_no_election(sentence: str) -> None:
    assert "ELECTION" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "新华社巴西利亚1月1日电 巴西新总统卡尔多索1日在巴西利亚宣誓就职。",
    "新华社北京3月4日电 巴西总统卡尔多索于去年10月就任,这是他首次访问中国。",
    "新华社华盛顿3月4日电 距美国大选还不到一个月,两党候选人加紧造势。",
    "新华社华盛顿3月4日电 距离美国总统大选仅剩不到两个月,两党候选人加紧造势。",
])
def test_office_taken_on_its_day_stays(sentence: str) -> None:
    assert "ELECTION" in types(sentence)
