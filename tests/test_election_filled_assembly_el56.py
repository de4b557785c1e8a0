"""A general election fills a land's assembly (el, stop 56; invented sentences): the assembly is the election's
party, also where 国会代表 is read as a deputy's title and the assembly is no mention of its own, and where the
sentence names the assembly only after the election word (全国大选…选出第十七届国会代表)."""

from __future__ import annotations

import pytest

from eventpage import sides

FILLED = [
    ("老挝第十届国会代表选举于2月22日举行,约四百万名选民参加投票。", "老挝国会"),
    ("越南將於5月舉行全國大選,選出第十七屆國會代表和各級人民議會代表。", "越南国会"),
    ("越南各地积极筹备。国会代表和各级人民议会代表选举宣传工作深入边境各村。", "越南国会"),
]


@pytest.mark.parametrize(("body", "assembly"), FILLED)
def test_the_assembly_a_general_election_fills(body: str, assembly: str) -> None:
    got = sides(body, "ELECTION")
    assert got and any(assembly in s for s in got), got


def test_a_presidential_election_fills_no_assembly() -> None:
    got = sides("美国总统大选将于11月5日举行,两党候选人展开激烈角逐。", "ELECTION")
    assert all("美国国会" not in s for s in got), got
