"""An assembly that elects stands for its land (pm55; invented sentences): the land the sentence names only inside
the post taken is no side beside the assembly; the assembly named only inside the post elects no one."""

from __future__ import annotations

import pytest

from eventpage import sides

ELECTING = [
    ("越南第十六届国会第二次会议5月8日上午选举黎文安为越南国家主席。", "黎文安"),
    ("武文赏2023年3月获越南国会选为越南国家主席。", "武文赏"),
    ("越南国会3日选举陈文明为越南政府总理。", "陈文明"),
    ("越南第十六屆國會第二次會議5月8日上午選舉黎文安為越南國家主席。", "黎文安"),
]


@pytest.mark.parametrize(("body", "who"), ELECTING)
def test_the_electing_assembly_and_not_its_land(body: str, who: str) -> None:
    got = sides(body, "ELECTION")
    assert got and all(who in s and "越南国会" in s and "越南" not in s for s in got), got


def test_an_assembly_only_inside_the_post_keeps_the_land() -> None:
    got = sides("汤加王国国王5日宣布,瓦埃亚勋爵当选汤加王国国会主席。", "ELECTION")
    assert got and all("汤加" in s for s in got), got
