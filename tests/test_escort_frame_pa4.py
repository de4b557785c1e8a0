"""The escorts a meeting's or a gathering's own sentence names in its frame (在外交部长某某的陪同下,总书记某某会见了… /
總統某某今天在外交部長某某陪同下,接見… / 在部长某某陪同下,总理某某出席了…论坛) are at it, as those who 陪同会见 are.
Before, the frame was an aside and its people were dropped. A visit's escorts stay out (the official gold names
no escort of a visit), and so does the frame of an earlier act the sentence tells (在甲陪同下参观了…,随后会见乙)
(pa4, stop 44, checklist probes; participants/escortframes.py, cues escort_frame and escort_frame_types)."""

import pytest

from eventpage import of

VNA = "领导人活动\n\n越通社河内——"
CNA = "總統接見外賓\n\n（中央社記者王小明台北5日電）"


@pytest.mark.parametrize(("head", "body", "typ", "escort"), [
    (VNA, "3月5日,在越南外交部长裴青山的陪同下,越共总书记苏林在河内会见了老挝总理宋赛。", "MEET", "裴青山"),
    (VNA, "3月5日,在越南外交部長裴青山的陪同下,越共總書記蘇林在河內會見了老撾總理宋賽。", "MEET", "裴青山"),
    (CNA, "總統賴清德今天在外交部長林佳龍陪同下,接見美國聯邦參議員訪問團團長羅傑斯。", "MEET", "林佳龙"),
    (VNA, "3月5日,在越南计划投资部长阮志勇的陪同下,越南政府总理范明政出席了越日投资论坛。", "CONFERENCE", "阮志勇"),
])
def test_the_escort_in_the_frame_is_there(head: str, body: str, typ: str, escort: str) -> None:
    found = of(body + "\n", typ, head)
    assert any(escort in e.participants for e in found), [e.participants for e in found]


@pytest.mark.parametrize(("body", "typ"), [
    ("3月5日,在越南外交部长裴青山等陪同下,越共总书记苏林抵达万象,开始对老挝进行国事访问。", "VISIT"),
    ("3月5日,越共总书记苏林在越南驻老挝大使阮伯雄陪同下参观了万象的一家越资企业,随后会见了老挝总理宋赛。", "MEET"),
])
def test_a_visits_escort_and_an_earlier_acts_stay_out(body: str, typ: str) -> None:  # (guards)
    found = of(body + "\n", typ, VNA)
    assert found and not any(n in e.participants for e in found for n in ("裴青山", "阮伯雄")), \
        [e.participants for e in found]
