"""意 of 同意 and 加 of 加强 are no pair of short forms (意大利 + 加拿大): 一致同意加强 names no countries;
a pair of the two stays where the page names both lands."""

from dipnet.pipeline import extract

HEAD = "两国关系\n\n2025年03月05日 10:20\n\n越通社河内——"


def sides(text: str, kind: str) -> list[list[str]]:
    doc = extract(HEAD + text + "\n", source="pair.txt")
    return [sorted(e.participants) for e in doc.events if e.type == kind]


def test_agree_to_strengthen_names_no_countries() -> None:
    got = sides("两国一致同意加强经贸合作,并签署了合作协议。", "AGREEMENT")
    assert not any("意大利" in s or "加拿大" in s for s in got)


def test_agree_to_take_part_names_no_countries() -> None:
    got = sides("双方同意加快落实合作项目,并签署了谅解备忘录。", "AGREEMENT")
    assert not any("意大利" in s or "加拿大" in s for s in got)


def test_the_pair_of_named_lands_stays() -> None:
    assert sides("3月5日,中国和意大利签署合作协议。", "AGREEMENT") == [["中国", "意大利"]]
