"""Aid told twice keeps the giver its clause tells (givers.py, stop 54 hd): a headline naming the sides
without 向 (its giver guessed from the order of names) over a lead that says who gives, then the gift told
again by the countries, is one gift; aid given back stays another. Sentences invented."""

from __future__ import annotations

from dipnet.pipeline import extract


def _aid(text: str) -> list[tuple[list[str], list[str], list[str]]]:
    return [(sorted(e.participants), e.source, e.target) for e in extract(text, source="t.txt").events if e.type == "AID"]


def test_a_headline_with_a_guessed_giver_joins_every_telling_of_the_gift() -> None:
    text = ("中国军队援助越南军队的第二批医疗物资运抵河内\n\n越通社河内3月2日电 中国人民解放军向越南人民军援助的第二批医疗物资"
            "2日晚运抵河内。中国驻越南大使表示,中方向越方提供的医疗物资为越方抗疫作出了贡献。"
            "越南国防部副部长代表越南军队感谢中方再次提供宝贵援助。")
    aid = _aid(text)
    assert len(aid) == 1
    assert aid[0][1] == ["中国人民解放军"] and aid[0][2] == ["越南人民军"]


def test_aid_given_back_stays_another_gift() -> None:
    text = ("两国互赠抗疫物资\n\n越通社河内3月2日电 3月2日,越南向老挝捐赠10万只口罩。"
            "3月2日,老挝向越南赠送5吨药品。")
    assert len(_aid(text)) == 2
