"""Facts (fh1, issue 13): a whole named right before a verb of inclusion (包含, 包括, 旗下) holds the count
of its parts -- a title in 《》, a company named in letters, a venue told by its noun, with the parts
listed before their count (还包括甲、乙等N座) -- not the land the page or the sentence names. Goods
that include items (物资包括…) stay with their giver. Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract


def facts(page: str) -> list[Fact]:
    return extract_facts(extract(page, source="t.txt"))


def holder(page: str, value: float) -> str | None:
    return next((f.subject for f in facts(page) if f.value == value and f.unit == "count"), None)


def test_a_titled_plan_holds_its_measures():
    page = ("新华社阿斯塔纳2024年6月5日电 哈萨克斯坦总统在峰会上说,与会各方将签署的《绿色发展合作纲要》"
            "包含30多项措施,各方应予落实。\n")
    assert holder(page, 30) == "绿色发展合作纲要"


def test_a_company_in_letters_holds_its_subsidiaries():
    page = ("新华社首尔2023年3月9日电 日本经济产业大臣8日参观了位于仁川的XK产业园,"
            "该产业园内入驻XK集团旗下12家子公司。\n")
    assert holder(page, 12) == "XK集团"


def test_a_venue_holds_the_buildings_listed_before_their_count():
    page = ("新华社苏瓦2023年11月2日电 斐济国家体育场由中国企业承建。"
            "体育中心场馆还包括游泳馆、篮球馆、射击场等5座单体建筑。\n")
    assert holder(page, 5) == "体育中心场馆"


def test_goods_that_include_items_stay_with_the_giver():
    page = ("新华社万象2023年8月4日电 日本政府向老挝提供紧急援助。援助物资包括30台发电机。\n")
    assert holder(page, 30) != "援助物资"
