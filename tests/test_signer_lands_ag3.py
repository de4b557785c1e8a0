"""The lands of the people who make an agreement are its parties (ag3, issue 13; SPEC: an instrument's
signatories, which the open gold names by their lands in 139 of 151 agreements): an AGREEMENT told of people
only (two leaders issue a joint statement after talks, a pronoun carries them into the signing, a leader's talks
end in a joint statement) takes each person's country, unless a party of that country already stands for its
side. The people who sign stay (official dev2: 共同签署会谈纪要 names its signers); those who only witness the
signing give way to their lands. Invented sentences."""

from __future__ import annotations

import pytest

from eventpage import first_sides

HEAD = "测试新闻\n\n新华社圣地亚哥2025年6月10日电 "


@pytest.mark.parametrize("body, lands, people", [
    # two leaders' joint statement after their talks
    ("智利总统黎文成同挪威首相何文山举行会谈。黎文成和何文山会后发表共同声明,宣布成立一个海洋合作联合委员会。",
     {"智利", "挪威"}, {"黎文成", "何文山"}),
    # the pronoun carries the two into the signing
    ("智利总统黎文成与挪威首相何文山在湖畔别墅停留了十个小时,期间两人举行了两次会谈,直至签署《湖畔宣言》。",
     {"智利", "挪威"}, set()),
])
def test_the_people_bring_their_lands(body: str, lands: set[str], people: set[str]) -> None:
    participants = set(first_sides(body, "AGREEMENT", HEAD))
    assert lands <= participants
    assert people <= participants


def test_witnesses_give_way_to_their_lands() -> None:
    body = "智利总统黎文成与挪威首相何文山举行会谈。两人在会谈中同意加强双边贸易,并共同见证两国在绿色发展等方面签署八项谅解备忘录。"
    participants = set(first_sides(body, "AGREEMENT", HEAD))
    assert {"智利", "挪威"} <= participants
    assert not {"黎文成", "何文山"} & participants


def test_a_localitys_official_brings_no_land() -> None:
    # a province's party secretary signs for the province: no country is told (official dev2: the signers alone)
    body = "云南省委书记彭清华同老挝琅南塔省委书记杜氏黄举行会谈,会后共同签署会谈纪要。"
    participants = first_sides(body, "AGREEMENT", "测试新闻\n\n本报讯 2025年6月10日,")
    assert {"彭清华", "杜氏黄"} <= set(participants)
    assert "中国" not in participants
