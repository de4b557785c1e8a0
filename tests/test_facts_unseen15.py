"""Facts on pages the project had never seen (issue 13, round fx5): currencies the units missed, a
pair written with a short form the recognizer leaves unmarked (马中), a leader's pledge of a
quantity, 双方 told by people, people going abroad, 截至 as an as-of time, the base of a multiple,
a relative year with its number in brackets, 我国 on a Taiwanese outlet, a page counter; each on
invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.extract.figures.factcontext import Context
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "新华社北京2021年9月5日电 {}(完)\n"


def facts(sentence: str, page: str = PAGE, url: str | None = None) -> list[Fact]:
    return extract_facts(extract(page.format(sentence), source="t.txt", url=url))


def one(sentence: str, value: float, page: str = PAGE, url: str | None = None) -> Fact:
    found = [f for f in facts(sentence, page, url) if f.value == value]
    assert len(found) == 1, found
    return found[0]


def test_fiji_dollars_and_burmese_kyat_are_currencies() -> None:
    text = "中国政府当天向斐济政府提供30万斐济元紧急援助,并向缅甸捐赠了500万缅币的救灾款。"
    assert one(text, 300_000).unit == "FJD"
    assert one(text, 5_000_000).unit == "MMK"


def test_a_pair_written_with_an_unmarked_short_form_keeps_its_order() -> None:
    text = "马来西亚总理抵达北京访问中国。马中两国当天签署了6项合作备忘录。"
    assert one(text, 6).subject == "马来西亚-中国"


def test_two_ambiguous_short_forms_make_no_pair_outside_a_pair_word() -> None:
    text = "新加坡总理访问中国。中新社报道,新中国成立以来两国共签署了8项协定。"
    assert one(text, 8).subject != "新加坡-中国"


def test_a_leaders_pledge_of_a_quantity_is_his_countrys() -> None:
    text = "柬埔寨首相在脸书上说,习近平承诺从柬埔寨进口30万吨大米。柬埔寨感谢中方。"
    assert one(text, 300_000).subject == "中国"


def test_people_counted_before_a_verb_of_going_are_not_the_destinations() -> None:
    text = "中国军队第五批维和部队180名官兵出征马里。"
    assert one(text, 180).subject != "马里"


def test_jiezhi_is_no_goal_and_tells_the_pages_year() -> None:
    doc = extract("新闻背景\n2014年中国与东盟贸易额达4800亿美元。截至2015年9月,中国在东盟援建公路3000公里。\n(来源:新华社)\n",
                  source="t.txt")
    assert Context(doc).latest_told_year == "2015"


def test_the_base_of_a_multiple_dates_no_figure_after_it() -> None:
    text = ("2014年中国与东盟贸易额达4800亿美元,是2000年双方建立对话时的60倍。"
            "中国对东盟投资存量超过300亿美元,是2000年对话启动时的20倍。")
    assert not (one(text, 30_000_000_000).as_of or "").startswith("2000")


def test_a_relative_year_with_its_number_in_brackets() -> None:
    page = "中央社台北2026年1月5日电 {}(完)\n"
    assert one("台湾去(2025)年赴日旅客约600万人次。", 6_000_000, page).as_of == "2025"
    assert one("台湾去(113)年对日出口达300亿美元。", 30_000_000_000, page).as_of == "2024"


def test_the_outlets_country_by_a_known_site_or_its_domain() -> None:
    assert Context(extract("台韩论坛今日举行。", source="t.txt", url="https://udn.com/news/story/1/2")).outlet_country == "台湾"
    assert Context(extract("马中论坛今日举行。", source="t.txt", url="https://www.sinchew.com.my/n/1")).outlet_country == "马来西亚"
    assert Context(extract("论坛今日举行。", source="t.txt", url="https://example.com/n/1")).outlet_country is None


def test_renqi_after_a_number_is_a_page_counter() -> None:
    page = "时间:01-19人气:15作者:某某\n{}\n"
    assert not [f for f in facts("截至2023年,中国已派出维和人员5万余人次。", page) if f.unit == "person"
                and f.value == [1, 19]]


def test_years_since_a_first_told_with_words_between() -> None:
    assert one("这是15年来日本首相首次访问蒙古。", 15).unit == "year"


def test_dalu_is_china_where_the_recognizer_leaves_it_unmarked() -> None:
    page = "中央社台北2023年3月27日电 {}(完)\n"
    text = "宏都拉斯宣布与中国建交。台湾邦交国减至13国,而大陆邦交国数量增至182国。"
    assert one(text, 182, page).subject == "中国"


def test_the_countries_of_a_list_of_destinations_hold_none_of_its_counts() -> None:
    page = "越通社河内2025年7月16日电 {}(完)\n"
    text = "越南海外劳工管理局统计,6月越南劳工赴海外工作人数共计9000人。其中以赴日本4000人最多,其次为韩国3000人,马来西亚则有500人。"
    assert one(text, 3000, page).subject == "越南"
    assert one(text, 500, page).subject == "越南"


def test_zhong_fei_is_china_and_africa_on_a_page_about_africa() -> None:
    text = "外交部发言人表示,中国同非洲国家合作不断深化。今年前5个月中非贸易额为8000亿元人民币。"
    assert one(text, 800_000_000_000).subject == "中国-非洲"


def test_a_relationship_lasting_years_is_a_claim() -> None:
    assert one("巴拿马与中国建交后,台湾与巴拿马结束了长达90年的邦谊。", 90).unit == "year"


def test_a_foundings_day_dates_no_figure_after_it() -> None:
    page = "中央社台北2018年5月1日电 {}(完)\n"
    text = "我国与多明尼加1941年4月9日建交,断交后我国邦交国数仅剩19国。"
    assert one(text, 19, page).as_of[:4] == "2018"


def test_the_party_asked_to_give_holds_no_sum() -> None:
    page = "中央社台北2018年5月1日电 {}(完)\n"
    text = "外交部表示,断交原因是萨尔瓦多要求中华民国给予3亿美元的金援。"
    assert one(text, 300_000_000, page).subject == "萨尔瓦多"


def test_the_rest_after_yi_with_duo_before_its_wan() -> None:
    assert one("新加坡在当地的总投资额推高到96亿7000多万美元。", 9_670_000_000).unit == "USD"


def test_vessels_counted_with_their_party_right_after() -> None:
    text = "菲律宾海岸防卫队表示,一艘菲律宾政府船只遭两艘越南渔政船以水炮攻击。"
    assert one(text, 2).subject.startswith("越南")


def test_years_since_a_visit_are_the_visitors() -> None:
    page = "韩联社首尔2025年11月1日电 {}(完)\n"
    assert one("李在明对习近平时隔11年再次赴韩国进行国事访问表示欢迎。", 11, page).subject == "习近平"
    assert one("这是李强首次到访新加坡,也是时隔七年再有大陆总理到访新加坡。", 7, page).subject == "中国"


def test_a_year_before_tai_yue_counts_no_machines() -> None:
    assert not [f for f in facts("2025台越双边贸易增幅4成。") if f.value == 2025]


def test_the_dead_a_ministry_reports_are_not_its_countrys() -> None:
    page = "中央社台北2018年6月21日电 {}(完)\n"
    text = "友邦瓜地马拉火山3日爆发,瓜地马拉灾情严重。外交部说,火山爆发造成严重灾情,至今已有99人死亡。"
    assert one(text, 99, page).subject != "台湾"


def test_an_open_lists_count_above_its_members_is_a_claim_none_of_them_holds() -> None:
    text = "中老铁路跨境货物运输已覆盖老挝、泰国、越南、缅甸等12个国家和地区。"
    assert one(text, 12).subject == "中老铁路"
    assert not [f for f in facts("越南会见奥地利、亚美尼亚、苏丹、刚果等四国大使。") if f.value == 4]


def test_a_party_whose_model_is_followed_holds_nothing() -> None:
    page = "钜亨网2025年10月30日电 {}(完)\n"
    text = "韩国3500亿美元投资分为两部分,2000亿美元为现金投资,参考日本模式,每年上限200亿美元。"
    assert one(text, 20_000_000_000, page).subject == "韩国"


def test_a_deadline_in_a_clause_before_dates_no_figure() -> None:
    page = "钜亨网2025年10月30日电 {}(完)\n"
    text = "双方将于2029年1月前最终敲定,剩余1500亿美元投入造船工程。"
    assert one(text, 150_000_000_000, page).as_of[:4] == "2025"
