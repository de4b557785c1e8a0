"""Facts (fc3, issue 13): members of a state's cabinet or parliament counted among those attending (等8位内阁成员,
50多位国会议员) are that state's: the country their clause names before them, else the state where the envoy
holding the event is posted (驻X大使举办招待会); not the host's country, nor a ministry read as another state's.
Invented sentences (the fc3 probe grid, /work/notes/s7/fc3/probes.md)."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def holders(sentence: str, value: int) -> set[str | None]:
    doc = extract("题目\n\n新华社北京2024年3月5日电 " + sentence + "\n", source="t.txt")
    return {f.subject for f in doc.facts if f.value == value}


@pytest.mark.parametrize("sentence, value, state", [
    ("中国驻柬埔寨大使5日举办招待会,柬副首相孙占托、商业大臣等8位内阁成员及各界人士300多人出席。", 8, "柬埔寨"),
    ("中国驻塞拉利昂大使5日举办招待会,塞副总统、财政部长等12位内阁成员及各界人士200多人出席。", 12, "塞拉利昂"),
    ("駐日代表處今天舉辦國慶酒會,日本眾議院議長及50多位國會議員出席。", 50, "日本"),
    ("中国驻老挝大使馆举办国庆招待会,老挝副总理及9位政府部长出席。", 9, "老挝"),
    ("塞尔维亚总理率领外交部长等8位内阁成员访华。", 8, "塞尔维亚"),  # (not a name run up to 外交部)
])
def test_members_of_a_states_government_attending_are_the_states(sentence: str, value: int, state: str) -> None:
    assert holders(sentence, value) == {state}


@pytest.mark.parametrize("sentence, value, holder", [
    ("美国参议院100名参议员中有60人投了赞成票。", 100, "美国参议院"),
    ("老挝总理宋赛率十余名内阁成员访华。", 10, "老挝"),
])
def test_members_counted_elsewhere_keep_their_holders(sentence: str, value: int, holder: str) -> None:
    assert holders(sentence, value) == {holder}


def test_a_grade_of_guests_is_no_government() -> None:
    assert holders("第五届博览会开幕,共有30多位部长级嘉宾出席。", 30) == {"第五届博览会"}
