"""代表 is a title and a verb (to act for someone). 代表 + a name + a verb (代表某某出席) and a name + 代表 +
a land (某某代表老挝向…) say on whose behalf someone acts: no role 代表. A qualified post (驻某国代表某某)
and a bare one closed by punctuation (领袖代表某某,) stay roles."""

from __future__ import annotations

from dipnet.pipeline import extract

_HEAD = "两国领导人举行会谈\n\n"


def _roles(body: str) -> set[tuple[str, str]]:
    doc = extract(_HEAD + body)
    return {(r.person, r.title) for r in doc.roles}


def test_acting_for_a_named_leader_is_no_role():
    roles = _roles("2026年3月2日，中国国务院副总理王立群率团抵达河内，代表习近平出席葬礼。")
    assert ("王立群", "中国国务院副总理") in roles
    assert not any(p == "习近平" and t == "代表" for p, t in roles)
    roles = _roles("2026年3月2日，美国副总统彭斯与代表特朗普出席峰会的官员会面。")
    assert not any(p == "特朗普" and t == "代表" for p, t in roles)


def test_a_person_acting_for_a_country_holds_no_role_daibiao():
    roles = _roles("2026年3月2日，老挝外交部部长助理坎平·蓬玛(Khamphing Phommah)代表老挝政府向越南移交援助物资。")
    assert not any(t == "代表" for _, t in roles)


def test_a_qualified_representative_stays_a_role():
    roles = _roles("2026年3月2日，越南驻老挝代表阮文雄出席仪式并致辞。")
    assert any(p == "阮文雄" and "代表" in t for p, t in roles)
