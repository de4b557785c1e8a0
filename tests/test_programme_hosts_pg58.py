"""A guest's programme told ahead lists the hosts met one by one (pg, stop 58; official seeds 000 / dev2 n40 give each
programme meeting its own planned event). Invented sentences."""

from __future__ import annotations

from eventpage import sides

ARRIVED = "新加坡总统张明抵达河内,开始对越南进行国事访问。"


def test_talks_told_ahead_with_hosts_listed_are_one_meeting_each() -> None:
    body = ARRIVED + "访问期间,张明将同越南国家主席李华、政府总理王平、国会主席赵刚等举行会谈。"
    assert sorted(sides(body, "MEET")) == [["张明", "李华"], ["张明", "王平"], ["张明", "赵刚"]]


def test_a_guest_told_by_a_pronoun_meets_each_host_listed() -> None:
    body = ARRIVED + "其将会见越南国家主席李华、反对党领袖王平和河内市委书记赵刚。"
    assert sorted(sides(body, "MEET")) == [["张明", "李华"], ["张明", "王平"], ["张明", "赵刚"]]


def test_a_meeting_held_with_hosts_listed_stays_one() -> None:
    body = ARRIVED + "张明会见了越南国家主席李华和政府总理王平。"
    assert sides(body, "MEET") == [["张明", "李华", "王平"]]


def test_a_three_way_meeting_told_ahead_stays_one() -> None:
    body = "新加坡总统张明将于下周与越南国家主席李华、老挝国家主席王平举行三方会晤。"
    assert sides(body, "MEET") == [["张明", "李华", "王平"]]
