"""Who holds a conference, told beside it (holders.py): 由甲和乙(共同)主办 in the conference's sentence or in a
sentence naming it again, and the chair land (轮值主席国甲) of the conference's own sentence, take part in it
(SPEC: a conference's participants are the holding body and every chair). Invented sentences."""

from dipnet.pipeline import extract

HEAD = "地区论坛\n\n新华社北京5月3日电 "


def conferences(text: str) -> list[list[str]]:
    doc = extract(HEAD + text + "\n", source="holders.txt")
    return [e.participants for e in doc.events if e.type == "CONFERENCE"]


def test_pointed_conference_takes_its_chair_land_as_host() -> None:
    got = conferences("东南亚国家联盟外长会议5月3日至4日举行,此次会议由轮值主席国老挝主办。")
    assert any("老挝" in p for p in got)


def test_forum_named_again_takes_its_organizers() -> None:
    got = conferences("柬埔寨国防部长5月3日前往北京参加第九届香山论坛。北京香山论坛由中国军事科学学会和中国国际战略学会共同主办,"
                      "旨在讨论安全问题。")
    assert any({"中国军事科学学会", "中国国际战略学会"} <= set(p) for p in got)


def test_chair_land_in_the_summit_sentence() -> None:
    got = conferences("东南亚国家联盟今天召开特别峰会,轮值主席国印度尼西亚呼吁各方合作。")
    assert any("印度尼西亚" in p for p in got)


def entities(text: str) -> dict[str, str]:
    doc = extract(HEAD + text + "\n", source="holders.txt")
    return {e.name: e.type for e in doc.entities}


ORGANIZED = ("由东海远景研究基金会和南方和平学会主办、北欧安全与发展研究院协办的第三届区域安全研讨会5月2日在曼谷举行,"
             "学者王明远在研讨会上发言。")


def test_organizer_frame_names_its_bodies() -> None:
    # each part of the frame ending in a body's word is a body, its fields joined by 与 or opened by a land too
    got = entities(ORGANIZED)
    assert got.get("东海远景研究基金会") == "ORG"
    assert got.get("北欧安全与发展研究院") == "ORG"


def test_organizers_after_the_first_verb_hold_it_too() -> None:
    # 、丙协办 after 由甲和乙主办: all three hold the conference
    got = conferences(ORGANIZED)
    assert any({"东海远景研究基金会", "南方和平学会", "北欧安全与发展研究院"} <= set(p) for p in got)


def test_no_body_read_from_a_frame_of_people() -> None:
    # 由 + a person + 主持: no holder frame, no body read
    got = entities("第三届区域安全研讨会5月2日在曼谷举行,由东海远景研究所所长王明远主持。")
    assert "东海远景研究所所长王明远" not in got
