"""Facts (fx22, issue 13): figures on ordinary pages. Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract


def facts(page: str) -> list[Fact]:
    return extract_facts(extract(page, source="t.txt"))


def holders(page: str, value: float) -> list[str]:
    return [f.subject for f in facts(page) if f.value == value]


def test_visitors_of_one_country_received_by_another_are_the_pairs():
    page = ("新华社利马2024年3月2日电 据秘鲁旅游局统计,2023年秘鲁接待智利游客量达43.5万人次,同比增长12%。\n")
    assert holders(page, 435000) == ["秘鲁-智利"]


def test_visitors_received_from_a_country_told_with_laizi_are_the_pairs_too():
    page = ("新华社圣地亚哥2024年5月8日电 今年前4个月,智利共迎来来自阿根廷的游客约61万人次。\n")
    assert holders(page, 610000) == ["智利-阿根廷"]


def test_visitors_received_with_no_source_country_stay_the_receivers():
    page = ("新华社利马2024年3月2日电 2023年秘鲁接待国际游客约250万人次,同比增长30%。\n")
    assert holders(page, 2500000) == ["秘鲁"]


def test_visitors_going_abroad_stay_their_own_countrys():
    page = ("新华社利马2024年3月2日电 2023年赴智利旅游的秘鲁游客达38万人次。\n")
    assert holders(page, 380000) == ["秘鲁"]


def test_years_since_a_ships_last_call_are_the_ships_countrys():
    page = ("新华社利马2024年7月6日电 据秘鲁媒体报道,智利海军舰艇事隔30多年后,也曾在5日停靠卡亚俄港。\n")
    found = [(f.subject, f.unit) for f in facts(page) if f.value == 30]
    assert len(found) == 1 and found[0][0].startswith("智利") and found[0][1] == "year"  # (智利海军: the navy's)


def test_years_before_warships_come_again_are_their_countrys():
    page = ("新华社利马2024年7月6日电 据秘鲁海军消息,这是时隔4年再有英舰造访秘鲁,该舰将停留3天。\n")
    assert holders(page, 4) == ["英国"]


def test_years_since_told_in_the_first_person_are_the_speakers():
    page = ("新华社新加坡2024年10月25日电 李强指出,很高兴应邀对新加坡进行正式访问。"
            "时隔5年再到新加坡,我深切感受到新加坡人民的友好情谊。\n")
    assert holders(page, 5) == ["李强"]


def test_years_since_a_visit_of_a_named_leader_stay_the_leaders():
    page = ("新华社首尔2024年11月1日电 习近平时隔11年再次赴韩国进行国事访问。\n")
    assert holders(page, 11) == ["习近平"]
