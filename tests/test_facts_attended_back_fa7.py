"""Facts (fa7, issue 13): people counted attending a meeting the clause points back to (本届…,
这次盛会, a bare 参与) are the meeting's, named before. Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract


def facts(page: str) -> list[Fact]:
    return extract_facts(extract(page, source="t.txt"))


def holder(page: str, value: float) -> str | None:
    return next((f.subject for f in facts(page) if f.value == value and f.unit == "person"), None)


def test_this_editions_forum_named_with_its_prefix_is_the_forum_named_before():
    page = ("新华社海口2024年3月20日电 南海合作论坛是一个定期举办的国际组织,至今已成立十年。\n"
            "本届南海合作论坛年会主题为“共同发展”,共50多场讨论,来自各国的1500多位嘉宾参加。\n")
    assert holder(page, 1500) == "南海合作论坛"


def test_people_taking_part_with_a_bare_verb_belong_to_the_meeting_told_before():
    page = ("新华社曼谷2024年6月5日电 智利外长今日抵达曼谷,应亚洲发展论坛年度会议的邀请发表演说。\n"
            "一连两日的会议于星期二展开,来自30个国家的400名代表参与。\n")
    assert holder(page, 400) == "亚洲发展论坛"


def test_guests_at_this_gala_are_the_hosts_of_a_reception_named_in_quotes():
    page = ("新华社利马2024年5月16日电 秘鲁驻智利大使馆5月16日在新馆舍举行“重温两国的友谊”招待会,"
            "近两百名宾客出席了这次盛会。\n")
    assert holder(page, 200) == "秘鲁驻智利大使馆"
