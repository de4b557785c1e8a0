"""People named only in another clause of an agreement's sentence are no parties of it (fa2, issue 13; SPEC lists an
agreement's signatories, and the open gold names a person in 3 of 49 agreements). Invented sentences: a speaker
reporting the signing, a person named after the agreement's clause, those of an earlier clause where the agreement's
clause opens with its own subject leave; a subject carried on into the signing clause, and people in it, stay."""

from __future__ import annotations

import pytest

from eventpage import first_sides


def _agreement(body: str) -> list[str]:
    return first_sides(body, "AGREEMENT")


@pytest.mark.parametrize("body, gone", [
    ("智利外交部长黎文成表示,智利和挪威政府签署了多项合作协议。", "黎文成"),
    ("黎文成说,此次两国元首签署联合声明,明确了智挪双方的共同利益。", "黎文成"),
    ("黎文成說,此次兩國元首簽署聯合聲明,明確了智挪雙方的共同利益。", "黎文成"),
    ("在黎文成访问挪威的前一天,智利与挪威签署一项货币互换协议。", "黎文成"),
])
def test_a_person_of_another_clause_signs_nothing(body: str, gone: str) -> None:
    participants = _agreement(body)
    assert gone not in participants
    assert {"智利", "挪威"} <= set(participants)


@pytest.mark.parametrize("body, kept", [
    # the subject carried on into the signing clause signs
    ("智利总统黎文成和挪威首相何文山9日在圣地亚哥会谈,共同签署多项合作文件,同时还发表智挪联合声明。", {"黎文成", "何文山"}),
    # named in the signing clause itself
    ("智利总统黎文成9日与挪威首相何文山签署了智挪联合声明。", {"黎文成", "何文山"}),
])
def test_a_signer_stays(body: str, kept: set[str]) -> None:
    assert kept <= set(_agreement(body))
