"""Facts (fx21, issue 13): who holds a figure on ordinary pages. Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract


def facts(page: str) -> list[Fact]:
    return extract_facts(extract(page, source="t.txt"))


def holders(page: str, value: float) -> list[str]:
    return [f.subject for f in facts(page) if f.value == value]


def test_people_attending_a_reception_named_by_its_kind_are_its_hosts():
    page = ("智利驻秘鲁大使馆举办国庆招待会\n\n"
            "新华社利马2024年9月18日电 智利驻秘鲁大使馆9月17日晚在利马举办庆祝智利独立214周年招待会,"
            "秘鲁国会第一副主席和秘鲁外交部副部长出席,秘鲁各界友好人士、各国驻秘鲁使节和媒体代表约420人出席了招待会。\n")
    assert holders(page, 420) == ["智利驻秘鲁大使馆"]


def test_a_member_noun_after_a_legislature_names_no_meeting():
    page = ("新华社圣地亚哥2024年9月20日电 9月19日晚,阿根廷驻智利大使馆举行每年一次的国庆招待会。"
            "智利国会议员、圣地亚哥市议员和各界代表共约二百人出席了国庆招待会。\n")
    assert holders(page, 200) == ["阿根廷驻智利大使馆"]


def test_people_qualified_as_attending_the_meeting_belong_to_the_meeting_named_before():
    page = ("秘鲁友好组织联合会召开年度工作会议\n\n"
            "2024年8月5日至6日,秘鲁友好组织联合会的2024年全国友好工作会议在库斯科举行。\n"
            "会议总结了一年来的工作。\n"
            "出席会议的代表和嘉宾约260人。\n")
    assert holders(page, 260) == ["2024年全国友好工作会议"]


def test_attendees_of_a_named_conference_stay_the_conference():
    page = ("新华社利马2024年9月20日电 第五届秘鲁-智利友好论坛20日在利马举行,两国约150名代表出席论坛。\n")
    assert holders(page, 150) == ["第五届秘鲁-智利友好论坛"]


def test_an_act_told_as_the_nth_of_its_kind_is_a_count_of_the_pair():
    page = ("新华社利马2024年6月12日电 秘鲁总统和智利总统11日晚通电话,通话约30分钟,这是秘智两国总统第9次通话。\n")
    assert holders(page, 9) == ["秘鲁-智利"]


def test_the_nth_meeting_told_with_also_is_the_leaders_count():
    page = ("新华社利马2024年6月12日电 智利总统博里奇第3次访问秘鲁,也是秘鲁总统博鲁阿尔特与博里奇一年来第4次会晤。\n")
    assert 4 in [f.value for f in facts(page)]
    assert holders(page, 4) == ["博鲁阿尔特"]


def test_the_nth_gift_told_as_a_statement_is_the_givers_count():
    page = ("新华社利马2024年6月12日电 智利今天宣布再次捐赠疫苗。这是智利第三度提供秘鲁新冠疫苗,总计约120万剂。\n")
    assert holders(page, 3) == ["智利"]


def test_an_ordinal_naming_a_meeting_counts_nothing():
    page = ("新华社利马2024年6月12日电 双方回顾了第二次会晤的成果,并同意在利马举行第三次首脑会谈。\n")
    assert [f for f in facts(page) if f.value in (2, 3)] == []


def test_attendees_closing_the_sentence_after_a_reception_are_its_hosts():
    page = ("新华社阿皮亚2024年9月25日电 9月24日,智利驻萨摩亚大使馆举办智利独立214周年招待会。"
            "智利驻萨摩亚大使、萨摩亚副总理以及内阁部长、议员和各界代表约120人出席。\n")
    assert holders(page, 120) == ["智利驻萨摩亚大使馆"]


def test_a_reception_held_jointly_keeps_its_own_name():
    page = ("新华社利马2024年7月20日电 7月19日,由秘鲁智利友好协会和智利驻秘鲁大使馆共同主办的庆祝智利-秘鲁建交80周年招待会在利马举行。"
            "秘鲁外交部副部长出席并致辞。\n两国各界代表、各国驻秘鲁使节等约260人出席。\n")
    assert holders(page, 260) == ["庆祝智利-秘鲁建交80周年招待会"]
