"""Facts (fx20, issue 13): 该乡/该村/该会 point back to the body of their own kind. Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract


def facts(page: str) -> list[Fact]:
    return extract_facts(extract(page, source="t.txt"))


def holders(page: str, value: float) -> list[str]:
    return [f.subject for f in facts(page) if f.value == value]


def test_a_commune_pointed_back_to_is_the_commune_not_the_district_named_after_it():
    page = ("老街省沙坝县青山乡的新面貌\n\n"
            "越通社老街2024年5月20日电 青山乡是老街省沙坝县最偏远的乡。该乡共有23个村寨,大部分居民是瑶族。\n")
    assert holders(page, 23) == ["青山乡"]


def test_a_village_told_right_under_a_named_commune_is_the_one_pointed_back_to():
    page = ("安江省新福乡发展特色农业\n\n"
            "越通社安江2024年5月20日电 新福乡黄梅村党支部书记说,村民种植柚子和芒果。"
            "2023年,该村人民的年均收入达5200万越盾。\n")
    assert holders(page, 52000000) == ["黄梅村"]


def test_an_association_pointed_back_to_is_the_topic_of_the_sentence_before():
    page = ("智利秘鲁友好协会代表团访问利马\n\n"
            "新华社利马2024年5月20日电 代表团今天抵达利马。\n"
            "智利秘鲁友好协会成立于2001年,是圣地亚哥友好组织联合会的成员之一。目前,该会共有35位委员,下设12个分会。\n")
    assert holders(page, 35) == ["智利秘鲁友好协会"]
    assert holders(page, 12) == ["智利秘鲁友好协会"]


def test_a_province_pointed_back_to_stays_the_last_province_named():
    page = ("越通社河内2024年5月20日电 广宁省人民委员会主席表示,今年该省出口额达30亿美元。\n")
    assert holders(page, 3000000000) == ["广宁省"]


def test_a_country_pointed_back_to_stays_the_last_country_named():
    page = ("新华社利马2024年5月20日电 智利外长今天会见秘鲁外长。\n"
            "该国计划年内为500万人注射疫苗。\n")
    assert holders(page, 5000000) == ["秘鲁"]


def test_a_member_state_is_no_association_pointed_back_to():
    page = ("新华社利马2024年5月20日电 智利秘鲁友好协会成立于2001年。该会员国共有35个省份。\n")
    assert "智利秘鲁友好协会" not in holders(page, 35)


def test_a_sentence_opening_with_a_project_pointed_back_to_is_the_projects():
    page = ("世行资助秘鲁城市建设\n\n"
            "新华社利马2024年5月20日电 世界银行将向《秘鲁南部沿海城市供水项目》提供贷款。\n"
            "该项目由9个子项目组成,分三个阶段实施。\n")
    assert holders(page, 9) == ["秘鲁南部沿海城市供水项目"]


def test_a_project_named_bare_before_is_the_one_this_project_points_back_to():
    page = ("新华社利马2024年5月20日电 这笔补充贷款将分配给沿海城镇排水项目,用于弥补资金缺口。\n"
            "此项目给13万人带来利益。\n")
    assert holders(page, 130000) == ["沿海城镇排水项目"]


def test_a_sentence_opening_with_a_quoted_project_is_the_projects():
    page = ("新华社利马2024年5月20日电 秘鲁与世界银行签署贷款协议。\n"
            "“改善库斯科市供水设施”项目总投资额为4200万美元。\n")
    assert holders(page, 42000000) == ["改善库斯科市供水设施项目"]


def test_a_party_named_in_the_sentence_still_holds_over_the_project():
    page = ("新华社利马2024年5月20日电 世界银行将资助秘鲁沿海城镇排水项目。\n"
            "该项目中,世界银行提供4200万美元贷款。\n")
    assert holders(page, 42000000) == ["世界银行"]
