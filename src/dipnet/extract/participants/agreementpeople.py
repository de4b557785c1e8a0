"""The people of an agreement whose lands are its sides (ac1, issue 13): where an AGREEMENT names two or more lands,
a person of one of those lands is no party beside it (日本首相野田佳彦…与越南总理阮晋勇举行会谈…达成了协议: 日本 and 越南
agreed; 两党总书记共同见证双方签署…: the two lands signed). The open gold names the lands of an agreement (65 of its 70
agreements name no person; a person beside two lands in 2), and the extra people of this kind stand on dev, dev2,
fp1 tune, fp3 BLIND and fe3 TUNE.

Kept: the people a sentence tells attending the signing or exchange itself (苏林与通伦共同出席了双方各项合作文件的交换
仪式: seeds' gold names them beside the lands), a person of a land that is no side (川普见证泰柬签署…), and an
agreement naming fewer than two lands or naming a province or a city (the people who sign for bodies or localities:
越南嘉莱省与老挝占巴塞省…, gold 嘉莱省 + 占巴塞省 + 武玉成; 与波尔图市签署…, gold 崔世安 + 波尔图).
The words are data (data/participants.toml: signing_attended, locality_body)."""

from __future__ import annotations

from dipnet.extract.common.page import EventPage
from dipnet.extract.participants.words import participant_pattern
from dipnet.model import Event


def agreement_people_out(page: EventPage, ev: Event) -> set[str]:
    """The people of `ev` (an AGREEMENT) whose land is one of its two or more lands, unless its sentence tells them
    attending the ceremony (above)."""
    lands = {page.country_by_name.get(p) for p in ev.participants if page.types_of.get(p) == {"COUNTRY"}} - {None, ""}
    local = participant_pattern("locality_body")
    if len(lands) < 2 or any("LOCATION" in page.types_of.get(p, ()) or local.search(p) for p in ev.participants):
        return set()  # (越南嘉莱省与老挝占巴塞省…, 澳门特区政府与暹粒省政府签署…: the localities' people sign for them)
    people = {p for p in ev.participants if p in page.people and page.country_by_name.get(p) in lands}
    if not people or participant_pattern("signing_attended").search(page.doc.text, ev.start, ev.end):
        return set()
    return people
