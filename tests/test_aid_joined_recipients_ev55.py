"""Aid to two lands joined by 和/及 right after 向 (向老挝和柬埔寨各提供…援助) is one AID per recipient, as a
、-list is (the official gold counts aid to several recipients one per recipient); lands joined before 向 are the
givers, and one recipient stays one AID (ev55 probes b1-b6). Sentences invented."""

import pytest

from dipnet.pipeline import extract


def aids(head: str, sentence: str) -> list[list[str]]:
    doc = extract("援助\n\n" + head + sentence + "\n", source="aid.txt")
    return [e.participants for e in doc.events if e.type == "AID"]


@pytest.mark.parametrize("head, sentence, giver, lands", [
    ("越通社河内——", "越南政府3月5日向老挝和柬埔寨各提供50万美元援助，帮助两国应对洪灾。", "越南", ["老挝", "柬埔寨"]),
    ("新华社北京3月5日电 ", "日本政府5日宣布向缅甸及泰国提供紧急人道主义援助。", "日本", ["缅甸", "泰国"]),
    ("新华社北京3月5日电 ", "中国政府5日向古巴和委内瑞拉捐赠一批防疫物资。", "中国", ["古巴", "委内瑞拉"]),
    ("【联合早报讯】", "新加坡政府昨天宣布，向印度尼西亚和菲律宾提供人道主义援助。", "新加坡", ["印度尼西亚", "菲律宾"]),
    ("新華社北京3月5日電 ", "日本政府5日宣佈向緬甸及泰國提供緊急人道主義援助。", "日本", ["缅甸", "泰国"]),
    ("新華社北京3月5日電 ", "中國政府5日向古巴和委內瑞拉捐贈一批防疫物資。", "中国", ["古巴", "委内瑞拉"]),
])
def test_one_aid_per_joined_recipient(head: str, sentence: str, giver: str, lands: list[str]) -> None:
    got = aids(head, sentence)
    assert len(got) == len(lands)
    for land in lands:
        assert any(giver in p and land in p and all(o not in p for o in lands if o != land) for p in got)


@pytest.mark.parametrize("head, sentence, n", [
    ("越通社河内——", "越南3月5日向老挝、柬埔寨和缅甸提供大米援助。", 3),
    ("越通社河内——", "韩国政府3月5日向越南提供100万美元援助。", 1),
    ("新华社北京3月5日电 ", "日本和韩国5日向缅甸提供紧急人道主义援助。", 1),
])
def test_lists_and_single_recipients_unchanged(head: str, sentence: str, n: int) -> None:
    assert len(aids(head, sentence)) == n
