"""Facts on pages the project had never seen (issue 13, round fx4): vaccine vials counted as doses,
a sentence opening with 该国, a span running to now after an older time in the same sentence, a
fiscal year written 财政年度; each on invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "新华社北京2021年9月5日电 {}(完)\n"


def facts(sentence: str, page: str = PAGE) -> list[Fact]:
    return extract_facts(extract(page.format(sentence), source="t.txt"))


def one(sentence: str, value: float) -> Fact:
    found = [f for f in facts(sentence) if f.value == value]
    assert len(found) == 1, found
    return found[0]


def test_vials_of_a_vaccine_are_doses() -> None:
    text = "日本援助泰国的首批50万支阿斯利康疫苗昨日运抵曼谷。"
    assert one(text, 500_000).unit == "dose"


def test_a_classifier_of_other_things_stays_a_count() -> None:
    text = "日本向泰国捐赠了50万只口罩和20支医疗队伍使用的疫苗冷藏箱。"
    assert one(text, 500_000).unit == "count"


def test_the_country_a_sentence_opens_with_gai_guo_for() -> None:
    text = "中国援助印尼的50万剂疫苗运抵雅加达,印尼总统佐科前往机场迎接。该国计划年内为8000万人接种疫苗。"
    assert one(text, 80_000_000).subject == "印度尼西亚"


def test_a_span_to_now_after_last_years_figure_holds_now() -> None:
    text = "去年日本向40个国家提供了医疗物资,今年以来已经向32个国家提供了约3000万剂疫苗。"
    assert (one(text, 32).as_of or "")[:4] == "2021"
    assert (one(text, 40).as_of or "")[:4] == "2020"


def test_a_fiscal_year_written_in_full() -> None:
    text = "报道称,2019财政年度前6个月,老挝政府已批准泰国企业投资项目35个。"
    assert (one(text, 35).as_of or "")[:4] == "2019"


def test_the_first_time_in_n_years_is_a_duration() -> None:
    text = "这是泰国外长的首次访华,也是泰国外长9年来的第一次正式访华。"
    assert one(text, 9).unit == "year"


def test_things_counted_after_a_list_of_countries_are_a_count_of_their_own() -> None:
    text = "目前有1800多名中国军人在南苏丹、刚果(金)等7个任务区执行任务。"
    assert one(text, 7).unit == "count"


def test_a_list_of_countries_summed_up_is_still_no_claim() -> None:
    text = "泰国、老挝和柬埔寨3国代表出席了会议。"
    assert not [f for f in facts(text) if f.value == 3]


def test_a_share_told_to_come_from_a_party_is_the_sources() -> None:
    text = "今年前9个月,老挝吸引外商投资项目200个,其中七成投资项目来自泰国。老挝新批投资额达20亿美元。"
    assert one(text, 70).subject == "泰国"
    assert one(text, 2_000_000_000).subject == "老挝"


def test_a_year_framing_the_set_a_share_is_part_of_dates_it() -> None:
    text = "在去年批准的投资项目中,日本投资占总投资额的35%。"
    assert (one(text, 35).as_of or "")[:4] == "2020"


def test_the_party_a_giver_supports_is_no_holder() -> None:
    text = "中方迄今通过湄公河合作基金支持老方开展了64个项目,总资金规模达到2800万美元。"
    assert one(text, 64).subject == "中国"


def test_the_nth_visit_is_a_count_of_the_visitor() -> None:
    text = "这是泰国总理巴育三年内第二次访问老挝,双方签署了多项合作文件。"
    assert one(text, 2).subject == "巴育"


def test_the_nth_visit_told_with_its_host_between() -> None:
    text = "这是自2019年上任以来,巴育总理第三次对老挝进行正式访问。"
    found = one(text, 3)
    assert (found.subject, found.unit) == ("巴育", "count")


def test_boats_a_chinese_registered_vessel_carries_are_the_vessels() -> None:
    text = "一艘载有2艘小艇的闽东渔64578号渔船昨天越界作业。"
    assert one(text, 2).subject == "闽东渔64578号"


def test_visits_told_with_a_pronoun_are_the_speakers() -> None:
    text = "巴育在会谈中指出,他曾三次访问老挝,亲眼见证了老挝的发展。"
    assert one(text, 3).subject == "巴育"


def test_currencies_and_bags_the_units_did_not_know() -> None:
    assert one("韩国向老挝提供2000亿韩币贷款。", 200_000_000_000).unit == "KRW"
    assert one("新西兰向汤加提供300万新西兰元援助。", 3_000_000).unit == "NZD"
    assert one("台湾援助帕劳4000万元新台币。", 40_000_000).unit == "TWD"
    assert one("日本向老挝捐赠了800包大米。", 800).unit == "count"


def test_compatriots_counted_are_people_and_countries_peoples_stay_countries() -> None:
    assert one("外交部表示,目前涉入诈骗的20国人可能被遣送。", 20).unit == "person"
    assert one("大会旨在增进中国人民与东盟十国人民之间的了解。", 10).unit == "count"
