"""Probes of the event leads ev60 and ev61 left (ev62; invented sentences, Simplified and Traditional).

(a) A welcome ceremony held at a place abroad, its clause naming no guest, then talks (在某国首都举行的欢迎仪式
结束后,甲与乙举行会谈): the guest is the one of the sentence whose land is not the place's, visiting that land."""

from __future__ import annotations

import pytest

from eventpage import sides

WELCOMED_ABROAD = [
    ("在万象主席府举行的隆重欢迎仪式结束后,越南国家主席梁强与老挝国家主席通伦举行会谈。", ["梁强", "老挝"]),
    ("在东京首相官邸举行的欢迎仪式后,越南政府总理范明政与日本首相石破茂举行会谈。", ["日本", "范明政"]),
    ("在雅加达独立宫举行的欢迎仪式结束后,李强同印尼总统普拉博沃举行会谈。", ["印度尼西亚", "李强"]),
    ("在莫斯科克里姆林宫举行的欢迎仪式结束后,国家主席习近平同俄罗斯总统普京举行会谈。", ["习近平", "俄罗斯"]),
    ("在莫斯科克里姆林宮舉行的歡迎儀式結束後,國家主席習近平同俄羅斯總統普京舉行會談。", ["习近平", "俄罗斯"]),
]


@pytest.mark.parametrize(("body", "visit"), WELCOMED_ABROAD)
def test_a_welcome_ceremony_held_abroad_before_talks_is_the_guests_visit(body: str, visit: list[str]) -> None:
    assert visit in sides(body, "VISIT")


NO_GUEST = [
    "欢迎仪式结束后,双方举行会谈。",  # no place: the visit is told elsewhere, if at all
    "在河内举行的欢迎仪式结束后,越南政府总理范明政与越南国会主席陈青敏交谈。",  # everyone of the place's land
]


@pytest.mark.parametrize("body", NO_GUEST)
def test_a_welcome_ceremony_with_no_foreign_guest_tells_no_visit(body: str) -> None:
    assert sides(body, "VISIT") == []


# (b) a place or land named as the matter talked about (讨论南海问题, 讨论台海局势) is no side of the meeting
MATTER_TALKED = [
    ("美国国务卿布林肯将于4日在华盛顿与东盟外长举行会晤,预计会晤将讨论南海问题。", "南海"),
    ("美國國務卿布林肯今天與日本外相會談,會談將討論台海局勢。", "台湾海峡"),
    ("美国国务卿布林肯将与韩国外长会晤,会晤将讨论朝鲜问题。", "朝鲜"),
]


@pytest.mark.parametrize(("body", "matter"), MATTER_TALKED)
def test_a_place_named_as_the_matter_talked_about_is_no_side(body: str, matter: str) -> None:
    found = sides(body, "MEET")
    assert found and all(matter not in s for s in found)


# (c) taking office with a day word relative to the report (今天, 周三) or a time of day between the one and the verb
TOOK_OFFICE = [
    ("日本新首相石田一郎今天正式上任。", "石田一郎"),
    ("菲律賓新總統羅德里格今天在馬尼拉宣誓就任。", "罗德里格"),
    ("美国新任国务卿约翰·史密斯周三正式上任。", "约翰·史密斯"),
    ("马来西亚新首相阿里今天正式上任,他表示将推动改革。", "阿里"),
    ("泰国新总理巴颂昨天上午宣誓就职。", "巴颂"),
]


@pytest.mark.parametrize(("body", "person"), TOOK_OFFICE)
def test_taking_office_with_a_relative_day_between_is_an_election(body: str, person: str) -> None:
    assert any(person in s for s in sides(body, "ELECTION"))


# (d) meeting the Chinese and foreign press (会见中外记者), a place named or not, is the one's press conference
MET_THE_PRESS = [
    ("国务院总理李强5日会见中外记者。", "李强"),
    ("国务院总理李强5日会见中外记者并回答记者提问。", "李强"),
    ("外交部長王毅5日會見中外記者,回答有關提問。", "王毅"),
    ("外交部长王毅5日在北京会见中外记者,回答了提问。", "王毅"),
]


@pytest.mark.parametrize(("body", "person"), MET_THE_PRESS)
def test_meeting_the_press_at_home_and_abroad_is_a_statement(body: str, person: str) -> None:
    assert [person] in sides(body, "STATEMENT")
    assert sides(body, "MEET") == []


# (e) two short forms of countries read out of common words (同意保持: 意 of 同意, 保 of 保持) are no pair
STRADDLED = [
    "两国领导人同意保持高层会晤势头,并见证签署合作协议。",
    "两国领导人对合作表示满意,同意保持沟通并签署了合作备忘录。",
    "兩國領導人同意保持高層會晤勢頭,並見證簽署合作協議。",
]


@pytest.mark.parametrize("body", STRADDLED)
def test_short_forms_straddling_common_words_are_no_pair_of_countries(body: str) -> None:
    assert all("意大利" not in s and "保加利亚" not in s for s in sides(body, "AGREEMENT"))


def test_a_true_pair_of_short_forms_still_counts() -> None:
    assert sides("越意两国总理5日举行会谈,双方愿意保持对话。", "MEET") == [["意大利", "越南"]]


# (f) a clause with no one of its own going on with 稍后/也 speaks for the sentence's subject, not for the last person
# named in an escort aside before it (在A、B等人陪同下)
ESCORTED_SPEAKER = [
    ("貝里斯總統布里塞尼奧今天抵達立法院,並在韓國瑜、江啟臣等人陪同下進入議場,稍後將發表演說。", "布里塞尼奥"),
    ("越共中央总书记苏林5日视察河内,在市委书记阮文风等人陪同下参观展览,也发表了讲话。", "苏林"),
    ("总理黄循财今天访问一所学校,在教育部长陈振声陪同下参观课堂,稍后发表演讲。", "黄循财"),
]


@pytest.mark.parametrize(("body", "person"), ESCORTED_SPEAKER)
def test_the_speaker_is_the_sentences_subject_not_the_escort(body: str, person: str) -> None:
    assert sides(body, "STATEMENT") == [[person]]


# (g) an election told by a congratulation on it and by the vote on its own day is one election, the vote's
def test_an_election_congratulated_and_voted_on_its_day_is_one() -> None:
    body = "近日,柬埔寨首相洪玛奈致电梁强,祝贺他当选越南国家主席。\n5月21日,越南国会选举梁强为国家主席。"
    assert sides(body, "ELECTION") == [["梁强", "越南国会"]]


def test_an_election_told_only_by_a_congratulation_stays() -> None:
    assert sides("老挝国家主席通伦致电梁强,祝贺他当选越南国家主席。", "ELECTION") == [["梁强", "越南"]]


def test_a_congratulation_after_the_election_word_keeps_both_elections() -> None:
    # (某某当选…,某某发贺电: the election told first, the message after it; an earlier acting post is another election)
    body = "越南国家主席梁强当选越共中央总书记,老挝国家主席通伦发贺电。\n5月20日,越共宣布由国家主席梁强暂代总书记职务。"
    assert len(sides(body, "ELECTION")) == 2


# (h) a leaders' or ministers' retreat (静修会) is a session of the grouping's meeting, a CONFERENCE
RETREATS = [
    ("东盟外长静修会今天在兰卡威举行,各国外长讨论了缅甸局势。", "东盟"),
    ("東盟外長靜修會今天在蘭卡威舉行,各國外長討論了緬甸局勢。", "东盟"),
    ("越南政府总理范明政5日出席东盟领导人静修会。", "范明政"),
]


@pytest.mark.parametrize(("body", "party"), RETREATS)
def test_a_retreat_of_a_grouping_is_a_conference(body: str, party: str) -> None:
    assert any(party in s for s in sides(body, "CONFERENCE"))
