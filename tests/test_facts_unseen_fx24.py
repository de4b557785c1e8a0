"""Facts (fx24, issue 13): a word that takes up the province, city or country told before it holds
the figure in its place (当地, 省内, a clause opening on 省). Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract


def facts(page: str) -> list[Fact]:
    return extract_facts(extract(page, source="t.txt"))


def holders(page: str, value: float) -> list[str]:
    return [f.subject for f in facts(page) if f.value == value]


def test_dangdi_takes_up_the_city_named_before_in_the_sentence():
    page = "新华社河内2024年10月3日电 广义省受台风影响,连日降雨引发洪水,导致当地近3200间民宅被淹。\n"
    assert holders(page, 3200) == ["广义省"]


def test_dangdi_takes_up_a_country_named_after_a_city():
    page = ("新华社河内2024年10月3日电 美国总统结束访问后将前往日本东京。"
            "批评者要求关注老挝人权状况,当地现时仍有80名政治犯被关押。\n")
    assert holders(page, 80) == ["老挝"]


def test_dangdi_after_the_clause_subject_is_only_its_surroundings():
    page = ("越通社朱巴2024年6月2日电 越南3号二级野战医院去年共接诊当地居民1870人次。\n")
    assert holders(page, 1870) == ["越南3号二级野战医院"]


def test_local_time_is_no_place():
    page = "新华社河内2024年10月3日电 当地时间2日,台风在广义省登陆,造成6人死亡。\n"
    assert holders(page, 6) == ["越南"]


def test_shengnei_body_belongs_to_the_province_told_before():
    page = ("越通社同奈2025年3月2日电 到2025年,同奈省计划吸引外资约9亿美元。"
            "其中,仅省内工业园区力争吸引投资5亿美元。\n")
    assert holders(page, 5e8) == ["同奈"]


def test_a_clause_opening_on_sheng_speaks_of_the_province_told_before():
    page = ("越通社同奈2025年3月2日电 据同奈省各工业园区管理委员会称,2025年一季度,"
            "省工业园区的外国直接投资总额达近3.21亿美元,比2024年同期增长45%。\n")
    assert holders(page, 3.21e8) == ["同奈"]
    assert holders(page, 45) == ["同奈"]


def test_shengnei_ending_a_place_name_is_that_place_not_a_reference():
    page = "越通社胡志明市2025年3月2日电 胡志明市与同奈省内的企业签署了20份合作协议。\n"
    assert holders(page, 20) == ["胡志明市-同奈"]
