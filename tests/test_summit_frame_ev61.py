"""A meeting's name alone opening a sentence as its frame (某峰会期间,某某5日会见…): the one the sentence goes on
about attends it, as after 在…期间 / 出席…期间 (open gold dev d01), and the one met there does not (ev61,
summitframes.py; invented sentences, Simplified and Traditional, with the datelines of three outlets)."""

from __future__ import annotations

import pytest

from eventpage import of, sides

HEAD = "测试新闻\n\n新华社万象6月10日电 "

FRAMED = [
    ("东盟外长会议期间,外交部长王毅10日在万象会见了泰国外长玛里。", "王毅", "玛里"),
    ("东亚峰会期间,国务院总理李强10日与日本首相石破茂举行会谈。", "李强", "石破茂"),
    ("亚太经合组织第三十二次领导人会议期间,国家主席习近平10日会见美国总统拜登。", "习近平", "拜登"),
    ("東盟峰會期間,國務院總理李強10日會見泰國總理佩通坦。", "李强", "佩通坦"),
]


@pytest.mark.parametrize(("body", "attendee", "met"), FRAMED)
def test_the_frames_subject_attends_the_meeting_it_names(body: str, attendee: str, met: str) -> None:
    got = sides(body, "CONFERENCE", HEAD)
    assert any(attendee in s and met not in s for s in got), got


def test_a_frame_opened_by_a_person_adds_no_one_after_it() -> None:
    got = sides("越南国会主席王廷惠主持国会会议期间,外交部长裴青山10日会见了老挝外长。", "CONFERENCE", HEAD)
    assert all("裴青山" not in s for s in got), got


# (co1, issue 13) the frame after a time told first, after another meeting joined to it, and closed by 后 after 在…出席;
# the people listed with the frame's subject attend too, the one met does not
WIDER = [
    ("2024年10月,东亚峰会在万象举行期间,国务院总理李强和泰国总理佩通坦同意加强合作。", {"李强", "佩通坦"}, "东亚峰会"),
    ("东盟地区论坛第三十一届外长会议和东盟与中日韩关于粮食安全与能源问题的特别外长会期间,外交部长王毅10日会见了泰国外长玛里。",
     {"王毅"}, "外长会"),
    ("在结束出席东亚峰会并对老挝进行正式访问后,国务院总理李强10日回到北京。", {"李强"}, "东亚峰会"),
    ("2024年10月,東亞峰會在萬象舉行期間,國務院總理李強和泰國總理佩通坦同意加強合作。", {"李强", "佩通坦"}, "东亚峰会"),
]


@pytest.mark.parametrize(("body", "attendees", "meeting"), WIDER)
def test_a_wider_frame_places_its_subjects_at_the_meeting(body: str, attendees: set[str], meeting: str) -> None:
    got = [set(e.participants) for e in of(body, "CONFERENCE", HEAD) if meeting in str(e.attributes.get("name"))]
    assert got and all(attendees <= s and "玛里" not in s for s in got), got


def test_a_frame_closed_by_hou_needs_zai_before_the_attend_verb() -> None:
    # (甲出席…后,会见了乙: the one who attended opens the sentence, and the one met after the comma is no attendee)
    got = sides("外交部长王毅出席东盟外长会议后,会见了泰国外长玛里。", "CONFERENCE", HEAD)
    assert all("玛里" not in s for s in got), got
