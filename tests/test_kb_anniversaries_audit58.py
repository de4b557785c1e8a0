"""Audit of the dates anniversaries stand on (stop 58, general knowledge): China's partners missing from
relations.json, national days and the founding of ASEAN's dialogue relations and forums in foundings.json,
the ASEAN-China and ASEAN Plus Three meetings' years before the 12th (2009), and Keat Chhon's term as
Cambodia's deputy prime minister to 2023 (invented sentences)."""

from __future__ import annotations

from dipnet.kb import load_kb
from dipnet.timex.knowledge import founding_before, numbered_mentions, relation_before, relation_near


def test_chinas_partners_missing_before_are_known() -> None:
    assert relation_before("中国同几内亚比绍建交") == ("1974-03-15", "relations china-几内亚比绍")
    assert relation_before("中国和索马里建交") == ("1960-12-14", "relations china-索马里")
    assert relation_before("中国与刚果（布）建交") == ("1964-02-22", "relations china-刚果（布）")
    assert relation_before("越南同科威特建交") == ("1976-01-10", "relations vietnam-科威特")


def test_a_name_inside_a_longer_one_is_not_a_partner_of_its_own() -> None:
    # '印度' stands inside '印度尼西亚': the sentence names Indonesia alone
    assert relation_near("甲乙两地代表团访问,中国与印度尼西亚建交以来") == ("1950-04-13", "relations china-印度尼西亚")


def test_dialogue_relations_date_anniversaries_and_national_days_do_not() -> None:
    # national days were left out: a land's 国庆/独立 anniversary is counted from more than one founding (held-out veto)
    assert founding_before("某地举行招待会庆祝新加坡国庆", "") is None
    assert founding_before("双方纪念东盟与美国建立对话关系", "") == ("1977", "ASEAN-United States dialogue relations")
    assert founding_before("适逢东盟与中日韩合作", "") == ("1997-12-15", "ASEAN Plus Three cooperation")
    assert founding_before("甲国祝贺东亚峰会成立", "") == ("2005-12-14", "East Asia Summit")


def _years(text: str) -> list[int]:
    return [m.start for m in numbered_mentions(text)]


def test_asean_china_and_plus_three_meetings_before_2009() -> None:
    assert _years("出席第10次中国与东盟领导人会议") == [2007]
    assert _years("出席第11次中国与东盟领导人会议") == [2007]
    assert _years("出席第5次东盟与中日韩领导人会议") == [2001]
    assert _years("出席第12次东盟与中日韩领导人会议") == [2009]
    assert _years("出席第25次中国与东盟领导人会议") == [2022]


def test_keat_chhon_deputy_prime_minister_to_2023() -> None:
    got = [(p.start, p.end) for p in load_kb().positions("person:keat-chhon") if p.title == "副首相"]
    assert got == [("2004", "2023-08-22")]
