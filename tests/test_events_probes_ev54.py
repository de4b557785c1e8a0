"""Checklist probes of visits and meetings merely recalled (ev54, issue 13; invented sentences in several
registers): 曾多次访华, 此前访问过越南, 曾與…會晤 with no date is history, no event (SPEC: a retrospective event
needs a date or year in the text); recalled with a date (曾于2024年12月访问越南) it stays one, and the 曾 of a
surname (曾庆红) or of a post held (曾任…大使的某某) marks nothing."""

from __future__ import annotations

import pytest

from eventpage import sides

RECALLED_VISITS = [
    "国务院总理李强会见柬埔寨首相洪玛奈。洪玛奈曾多次访问中国。",
    "国务院总理李强会见柬埔寨首相洪玛奈。洪瑪奈曾多次訪華。",
    "政府总理范明政会见日本首相石破茂。石破茂此前访问过越南。",
    "黄循财总理会见越南总理范明政。范明政曾两次访问新加坡。",
    "外交部长王毅会见新加坡外长维文。王毅表示，维文曾先后访问中国多个省份。",
    "外交部長林佳龍會見帛琉總統惠恕仁。惠恕仁此前訪問過台灣。",
    "外交部長林佳龍會見帛琉總統惠恕仁。惠恕仁曾多次訪台。",
    "国家主席习近平会见泰国总理。此前，泰国总理曾对中国进行正式访问。",  # (st1's former guard: undated, not kept)
]


@pytest.mark.parametrize("body", RECALLED_VISITS)
def test_a_visit_recalled_with_no_date_is_no_event(body: str) -> None:
    assert sides(body, "VISIT") == []


RECALLED_MEETINGS = [
    "国家主席梁强会见日本首相石破茂。石破茂曾与苏林多次会晤。",
    "國家主席梁強會見日本首相石破茂。石破茂曾與蘇林多次會晤。",
    "外交部长王毅会见新加坡外长维文。维文此前会见过李强。",
]


@pytest.mark.parametrize("body", RECALLED_MEETINGS)
def test_a_meeting_recalled_with_no_date_is_no_event(body: str) -> None:
    assert ["梁强", "石破茂"] in sides(body, "MEET") or ["王毅", "维文·巴拉克里希南"] in sides(body, "MEET")
    assert all("苏林" not in got and "李强" not in got for got in sides(body, "MEET"))


@pytest.mark.parametrize(("body", "visit"), [
    ("越共中央总书记苏林会见柬埔寨参议院主席洪森。洪森曾于2024年12月访问越南。", ["洪森", "越南"]),  # dated
    ("国务院总理李强会见柬埔寨首相洪玛奈。洪玛奈曾于2023年访问中国。", ["中国", "洪玛奈"]),
    ("曾任越南驻华大使的阮文诗访问中国。", ["中国", "阮文诗"]),  # a post once held
    ("外交部长王毅抵达河内，开始对越南进行正式访问。访问过程中，王毅将会见越南领导人。", ["王毅", "越南"]),
])
def test_a_dated_recall_or_no_recall_stays_a_visit(body: str, visit: list[str]) -> None:
    assert visit in sides(body, "VISIT")


def test_the_surname_zeng_marks_no_recall() -> None:
    assert ["曾庆红", "陈青敏"] in sides("国家副主席曾庆红在北京会见越南国会主席陈青敏。", "MEET")


PEOPLES_CONGRESS_AS_A_BODY = [
    "此次访问是中国党、国家和人民代表大会领导人首次对越南进行访问。",
    "越南国会和中国全国人民代表大会领导人互致贺电。",
    "全国人民代表大会代表团抵达万象，开始对老挝进行友好访问。",
    "中國全國人民代表大會代表團與越南國會代表團舉行會談。",
    "越南国会主席陈青敏会见中国全国人民代表大会常委会代表团。",
    "越南国会代表团同中国全国人民代表大会代表团举行会谈。",
]


@pytest.mark.parametrize("body", PEOPLES_CONGRESS_AS_A_BODY)
def test_a_peoples_congress_named_as_a_body_holds_no_congress(body: str) -> None:
    assert sides(body, "CONFERENCE") == []


@pytest.mark.parametrize(("body", "who"), [
    ("第十四届全国人民代表大会第三次会议5日上午在人民大会堂开幕。", "中国全国人民代表大会"),  # a session
    ("越南共产党第十四次全国代表大会在河内圆满闭幕。", "越南共产党"),  # a party's congress
    ("老挝人民革命党第十二次全国代表大会在万象开幕。", "老挝人民革命党"),
])
def test_a_session_or_a_partys_congress_stays_a_conference(body: str, who: str) -> None:
    assert any(who in got for got in sides(body, "CONFERENCE"))


@pytest.mark.parametrize("body", [
    "今年是中越建交75周年，也是中国—东盟博览会举办20周年。",
    "今年是博鳌亚洲论坛创办25周年。",
    "今年是中非合作论坛成立25周年。",
    "今年是中国国际进口博览会举办的第八年。",
])
def test_a_forums_years_counted_hold_no_forum(body: str) -> None:
    assert sides(body, "CONFERENCE") == []


@pytest.mark.parametrize(("body", "who"), [
    ("今年是上海合作组织成立25周年，上合组织峰会将在天津举行。", "上海合作组织"),  # the summit told beside it
    ("第二十五届中国—东盟博览会5日在南宁开幕。", "东盟"),
])
def test_a_forum_held_beside_a_count_of_years_stays(body: str, who: str) -> None:
    assert any(who in got for got in sides(body, "CONFERENCE"))


def test_a_forum_held_on_anothers_anniversary_keeps_its_people() -> None:
    body = "第七届东亚民间友好大会正值东盟成立58周年之际在河内举行，越南国家主席梁强出席大会。"
    assert any("梁强" in got for got in sides(body, "CONFERENCE"))


@pytest.mark.parametrize(("body", "met"), [
    ("越南与日本5日在东京举行第九次战略伙伴对话，双方同意加强合作。", ["日本", "越南"]),
    ("台美第五屆經濟繁榮夥伴對話5日在華府舉行，雙方簽署合作備忘錄。", ["台湾", "美国"]),
    ("中俄第十九轮战略安全磋商5日在莫斯科举行。", ["中国", "俄罗斯"]),
    ("中日海洋事务高级别磋商机制第十六轮磋商5日在东京举行。", ["中国", "日本"]),
    ("中美經貿第二輪磋商5日在華盛頓舉行。", ["中国", "美国"]),
])
def test_a_numbered_dialogue_or_round_of_consultations_is_a_meeting(body: str, met: list[str]) -> None:
    assert any(set(met) <= set(got) for got in sides(body, "MEET"))


@pytest.mark.parametrize("body", [
    "第22届香格里拉对话会5日在新加坡开幕，国防部长董军出席。",  # a conference
    "王毅表示，中方主张通过对话和谈判解决分歧。",  # no count: no dialogue held
    "双方同意继续用好第二轮战略对话机制。",  # a mechanism
])
def test_a_dialogue_conference_mechanism_or_uncounted_dialogue_is_no_meeting(body: str) -> None:
    assert sides(body, "MEET") == []
