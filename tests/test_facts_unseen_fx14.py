"""Facts (fx14): figures of money and shares on Vietnamese wire pages in Chinese. A period of the
year told with no year (前三个月) dates its figure to the page's year, not to a year an earlier
sentence of the paragraph told. Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract


def facts(text: str) -> list[Fact]:
    return extract_facts(extract(text, source="t.txt"))


def by_value(found: list[Fact], value: float) -> list[Fact]:
    return [f for f in found if f.value == value]


PAGE = "越通社河内2019年5月6日电 {}\n"


def years(found: list[Fact], value: float) -> set[str]:
    return {(f.as_of or "")[:4] for f in by_value(found, value)}


def test_a_yearless_period_is_the_pages_year():
    got = facts("2019年前四个月老挝胡椒出口额猛增\n越通社万象2019年5月6日电 今年前四个月老挝胡椒出口猛增。\n"
                "2017年,胡椒成为老挝出口的主力产品之一。前四个月,老挝胡椒出口额为2.17亿美元,增长23%。\n")
    assert years(got, 217000000) == {"2019"}
    assert years(got, 23) == {"2019"}


def test_a_first_half_after_an_older_year_is_the_pages_year():
    got = facts("今年上半年越南对泰出口增长\n越通社河内2019年5月6日电 今年越南对泰国出口继续增长。\n"
                "2016年,泰国曾是越南第一大大米进口国。上半年,越南对泰国出口额达4.6亿美元。\n")
    assert years(got, 460000000) == {"2019"}


def test_a_period_with_its_own_year_keeps_it():
    got = facts(PAGE.format("会议回顾了合作成果。2018年前三个月,老挝胡椒出口额为1.95亿美元。"))
    assert years(got, 195000000) == {"2018"}


def test_the_parties_a_rank_comes_after_hold_nothing():
    got = facts(PAGE.format("目前泰国是越南第四大投资商,仅次于日本和新加坡,投资总额高达120亿美元。"))
    assert [f.subject for f in by_value(got, 12000000000)] == ["泰国"]


def test_a_party_after_its_rank_clause_still_holds():
    got = facts(PAGE.format("泰国是越南第四大投资商,仅次于日本。新加坡投资总额达90亿美元。"))
    assert [f.subject for f in by_value(got, 9000000000)] == ["新加坡"]


def test_a_province_after_the_dateline_opens_its_clause():
    got = facts("广宁省出口增长\n越通社河内——广宁省今年前5个月出口额达32亿美元,同比增长12%。\n")
    assert [f.subject for f in by_value(got, 3200000000)] == ["广宁"]
    assert [f.subject for f in by_value(got, 12)] == ["广宁"]


def test_a_region_after_the_dateline_still_holds_nothing():
    got = facts("越南出口增长\n越通社河内——湄公河三角洲今年前5个月越南出口额达32亿美元。\n")
    assert [f.subject for f in by_value(got, 3200000000)] == ["越南"]


def test_a_city_owning_its_exports_holds_them_inside_its_clause():
    got = facts("新厂落成\n越通社河内——岘港市领导表示,新厂投产后将使今年岘港市出口额增加12亿美元。\n")
    assert [f.subject for f in by_value(got, 1200000000)] == ["岘港"]


def test_a_province_invested_in_holds_nothing():
    got = facts("越南投资\n越通社河内——泰国对广宁省的投资额达3亿美元。\n")
    assert [f.subject for f in by_value(got, 300000000)] == ["泰国"]


def test_the_whole_province_is_the_one_the_article_named_before():
    got = facts("外资增长\n(本报讯)据同奈省计划投资厅称,今年一季度,全省引进外资4.1亿美元。\n\n"
                "截至目前,全省共有外资项目1620个,注册资本为334亿美元。\n")
    assert [f.subject for f in by_value(got, 33400000000)] == ["同奈"]


def test_a_menu_place_above_the_title_is_no_province_of_the_article():
    got = facts("首页 同奈省 新闻\n外资增长\n(本报讯)今年一季度,全省引进外资4.1亿美元。\n")
    assert [f.subject for f in by_value(got, 410000000)] != ["同奈"]


def test_a_base_year_with_a_qualifier_dates_its_value():
    got = facts(PAGE.format("两国贸易额从1995年两国建交时的3亿美元增加到2018年的127亿美元。"))
    assert years(got, 300000000) == {"1995"}
    assert years(got, 12700000000) == {"2018"}


def test_a_span_opening_year_still_dates_nothing():
    got = facts(PAGE.format("从2015年起的三年里,两国贸易额达到127亿美元。"))
    assert years(got, 12700000000) != {"2015"}


def test_a_company_met_is_named_without_the_verb_of_meeting():
    got = facts("会见\n越通社河内——5月2日,越南政府副总理在政府驻地会见特朗普集团在越南8亿美元项目的负责人。\n")
    assert [f.subject for f in by_value(got, 800000000)] == ["特朗普集团"]


def test_a_caption_telling_the_sum_again_adds_no_holder():
    got = facts("捐款\n5月2日,越南红十字会代表中央救助委员会向外交部移交25.3亿越盾的捐款。\n"
                "捐款 ảnh 1越南红十字会主席向外交部移交25.3亿越盾的捐款 图自越通社\n"
                "越通社河内——5月2日,越南红十字会代表中央救助委员会向外交部移交25.3亿越盾的捐款。\n")
    assert len(by_value(got, 2530000000)) == 1


def test_a_community_abroad_gives_its_sum():
    got = facts("捐款\n越通社金边——旅居柬埔寨越侨日前向受洪灾影响的柬埔寨灾民捐赠7820美元。\n")
    assert [f.subject for f in by_value(got, 7820)] == ["旅居柬埔寨越侨"]


def test_a_community_an_embassy_gives_for_holds_its_sum():  # (fx26: the party acted for, as the pool gold has it)
    got = facts("捐款\n越通社金边——越南驻柬埔寨大使馆代表旅居柬埔寨越侨向受洪灾影响的柬埔寨灾民捐赠7820美元。\n")
    assert [f.subject for f in by_value(got, 7820)] == ["旅居柬埔寨越侨"]


def test_a_community_abroad_handed_over_by_a_ministry_is_still_the_giver():
    got = facts("援助\n越通社广平省——越南外交部工作组日前向广平省灾民移交由旅居德国越南人社群援助的4亿越盾。\n")
    assert [f.subject for f in by_value(got, 400000000)] == ["旅居德国越南人社群"]


def test_a_community_receiving_holds_nothing():
    got = facts("援助\n越通社河内——越南外交部向旅居乌克兰越南人提供5万美元援助。\n")
    assert [f.subject for f in by_value(got, 50000)] == ["越南外交部"]


def test_the_rest_told_as_a_citys_own_funds_is_the_citys():
    got = facts("贷款\n越通社河内——该项目总投资额为7250万美元,其中科威特基金贷款为5000万美元,其余2250万美元为芹苴市自筹资金。\n")
    assert [f.subject for f in by_value(got, 22500000)] == ["芹苴市"]


def test_a_unit_named_after_qizhong_starts_after_it():
    got = facts("贷款\n越通社河内——项目总投资额为2亿美元,其中国际农业基金贷款为1.2亿美元。\n")
    assert [f.subject for f in by_value(got, 120000000)] == ["国际农业基金"]


def test_a_line_of_running_headlines_is_a_ticker():
    from types import SimpleNamespace

    from dipnet.extract.figures.moneywords import headline_tickers
    line = ("政府副总理会见日本企业代表团 河内市继续援助广治省逾320亿元克服洪灾损失 国会通过两大城市特定机制的决议 "
            "越南第十五届国会第九次会议正式闭幕")
    title = SimpleNamespace(kind="title", start=0, end=len(line))
    assert headline_tickers(SimpleNamespace(text=line, doc=SimpleNamespace(segments=[title]))) == [(0, len(line))]
    one = "越南与日本加强交流 加快ODA项目实施进度"
    title = SimpleNamespace(kind="title", start=0, end=len(one))
    assert headline_tickers(SimpleNamespace(text=one, doc=SimpleNamespace(segments=[title]))) == []


def test_a_title_closing_a_sentence_is_no_ticker():
    got = facts("俄罗斯决定捐款500万美元援助越南救灾。 越南快讯新闻网站引述报道 俄罗斯一架运输机将运载救援物资到越南 帮助越方处理灾后工作\n")
    assert [f.subject for f in by_value(got, 5000000)] == ["俄罗斯"]


def test_a_half_year_after_qizhong_keeps_the_year_told_before():
    got = facts(PAGE.format("2017年,老挝胡椒出口额达5.4亿美元。其中,上半年出口额达2.3亿美元。"))
    assert years(got, 230000000) == {"2017"}


def test_a_half_year_in_a_review_of_an_older_year_keeps_that_year():
    got = facts("2017年老挝经济回顾\n越通社万象2018年1月5日电 2017年,老挝国内生产总值增长6.9%。上半年,老挝胡椒出口额达2.3亿美元。\n")
    assert years(got, 230000000) == {"2017"}
