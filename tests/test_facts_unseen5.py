"""Facts: the mechanisms found on a fifth batch of unseen pages (development funds, ODA, tourism,
investment, border documents, Hong Kong papers), each on invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "越通社河内——2019年3月5日,{}(完)\n"


def facts(sentence: str, url: str | None = None) -> list[Fact]:
    return extract_facts(extract(PAGE.format(sentence), source="t.txt", url=url))


def holders(sentence: str, unit: str) -> list[tuple[str, float]]:
    return [(f.subject, f.value) for f in facts(sentence) if f.unit == unit]  # type: ignore[misc]


def test_twenty_in_one_character():
    # 廿/卅: Hong Kong and Taiwan papers write twenty and thirty as one character
    got = holders("老挝政府表示,当天共有廿五名越南专家抵达万象。", "person")
    assert [v for _, v in got] == [25]


def test_among_the_n_largest_is_no_count():
    assert holders("这也是去年外国投资商在老挝的8大项目之中。", "count") == []


def test_the_n_largest_picked_out_are_no_count():
    assert holders("这是泰国企业在柬埔寨的两个最大项目。", "count") == []


def test_the_members_of_an_inclusion_hold_nothing():
    got = holders("过去三年,老挝从包括韩国在内的多个伙伴获得的贷款减少了12%。", "percent")
    assert got == [("老挝", 12)]


def test_a_known_set_of_documents_is_no_count():
    assert holders("双方同意继续落实老挝柬埔寨陆地边界三个法律文件。", "count") == []


def test_documents_signed_are_counted():
    got = holders("老挝与柬埔寨签署了四项合作协议。", "count")
    assert [v for _, v in got] == [4]


def test_a_party_after_a_list_joiner_of_two_characters_heads_its_item():
    got = holders("欧洲游客均有增长,其中挪威增长12.5%、瑞典增长10.2%以及芬兰增长8.1%。", "percent")
    assert ("芬兰", 8.1) in got and ("瑞典", 8.1) not in got


def test_the_party_acted_on_holds_no_votes():
    got = holders("联合国大会193个会员国中有120国赞成,支持谴责缅甸的做法,另有9国反对。", "count")
    assert ("缅甸", 9) not in got and got


def test_a_headline_amount_in_a_bare_yuan_takes_the_body_currency():
    text = ("日本援助老挝6.6亿元\n\n中央社东京3月5日电 2019年3月5日,日本宣布援助老挝日圆30亿元(合新台币6.6亿元)。\n")
    got = extract_facts(extract(text, source="t.txt", url="https://news.example.com/a/1"))
    assert [(f.value, f.unit) for f in got if f.value == 660_000_000] == [(660_000_000, "TWD")]


def test_this_forum_is_the_one_named_not_its_attendees():
    text = ("第三届老挝-泰国青年论坛在万象举行\n\n越通社万象——2019年3月5日,第三届老挝-泰国青年论坛在万象举行,"
            "来自9个国家的120多名代表出席论坛。本届论坛共设4个分论坛。(完)\n")
    got = [f.subject for f in extract_facts(extract(text, source="t.txt")) if f.value == 4]
    assert got == ["第三届老挝-泰国青年论坛"]


def test_an_amount_told_again_with_a_longer_name_of_its_holder_is_one_fact():
    got = holders("泰方承诺投资35亿美元。参会的多家泰国公司介绍的投资计划总额达到35亿美元。", "USD")
    assert len(got) == 1 and got[0][1] == 3_500_000_000


def test_a_leader_who_pledges_pledges_for_his_country():
    got = holders("老挝国家主席通伦会见柬埔寨首相洪玛奈。通伦也承诺,将向柬埔寨提供2.5亿美元贷款。", "USD")
    assert got == [("老挝", 250_000_000)]


def test_a_guessed_page_year_gives_way_to_the_year_the_article_tells():
    # no date on the page: the dating stage guesses a year in 2020-2026; the article tells 2020
    text = ("老挝旅游业持续增长\n\n受新冠肺炎疫情影响,老挝在2020庚子年春节期间迎来游客高峰。"
            "1月份来老挝的国际游客达约45万人次,同比增加12.5%。\n")
    got = [(f.value, (f.as_of or "")[:4]) for f in extract_facts(extract(text, source="t.txt"))]
    assert got == [(450_000, "2020"), (12.5, "2020")]


def test_a_figure_told_as_holding_now_after_a_past_time_holds_now():
    got = [(f.value, f.as_of) for f in facts("2014年6月,老挝开始参加联合国维和行动,截至目前,老挝已派遣军官35人次。")]
    assert got == [(35, "2019-03-05")]


def test_things_a_plan_qualifies_are_no_parts_of_it():
    got = holders("泰国工商总会的调查显示,在未来已有扩展计划的300家公司中,25%的公司表示有意向来到老挝。", "count")
    assert got and got[0][0] != "有扩展计划"


def test_the_attendees_a_meeting_draws_are_its_own():
    got = holders("第八届老挝-泰国青年友好大会吸引了200多名代表参加。", "person")
    assert got == [("第八届老挝-泰国青年友好大会", 200)]


def test_the_meeting_attended_after_a_completed_verb():
    got = holders("300名代表参加了第三届湄公河青年论坛。", "person")
    assert got == [("第三届湄公河青年论坛", 300)]


def test_a_term_modifier_is_no_part_of_the_body_counted():
    assert holders("选举产生15个新一届理事会成员。", "count") == [("理事会", 15)]


def test_an_organization_read_by_a_shorter_alias_is_named_as_written():
    # 自卫队 is an alias of 日本自卫队; the text names a narrower unit
    assert holders("日本西部自卫队的两艘护卫舰停靠金兰湾。", "count") == [("日本西部自卫队", 2)]


def test_thousands_set_apart_by_spaces():
    assert holders("老挝与泰国双边贸易额去年达到 1 250 亿泰铢。", "THB") == [("老挝-泰国", 125_000_000_000)]


def test_the_total_value_of_two_parties_trade_is_the_pairs():
    assert holders("今年上半年老挝同泰国进出口的总值逆势增长了5.6%。", "percent") == [("老挝-泰国", 5.6)]


def test_a_reception_attended_holds_its_attendees():
    got = holders("老挝外交部官员及各国驻老挝使节等三百多人出席了国庆招待会。", "person")
    assert got == [("国庆招待会", 300)]


def test_a_park_named_for_two_countries_keeps_both():
    got = holders("3个老挝—泰国工业园区已吸引24亿美元投资。", "USD")
    assert got == [("老挝-泰国工业园区", 2_400_000_000)]


def test_a_bound_several_parties_each_reach_is_no_claim():
    assert holders("来自日本、韩国等国的游客均出现了同比15%以上的增长。", "percent") == []


def test_a_capital_standing_for_its_government_names_the_country():
    assert holders("曼谷过去虽大举投资,但实际控制的项目仅有7个。", "count") == [("泰国", 7)]


def test_a_capital_as_a_city_stays_the_city():
    assert holders("万象迎接游客120万人次。", "person") == [("万象", 1_200_000)]


TEASERS = ("老挝与泰国加强合作\n\n越通社万象——2019年3月5日,老挝国家主席本扬会见泰国总理巴育。双方同意加强经贸合作。(完)\n\n"
           "其他\n\n五十名优秀青年教师获得表彰\n\n老挝国家主席本扬会见120名泰国青年代表\n")


def test_a_teaser_of_other_news_holds_no_claims():
    got = [f.value for f in extract_facts(extract(TEASERS, source="t.txt"))]
    assert 50 not in got


def test_a_teaser_on_the_articles_own_people_keeps_its_claims():
    got = [f.value for f in extract_facts(extract(TEASERS, source="t.txt"))]
    assert 120 in got


def test_the_members_just_elected_are_pointed_back_to():
    assert holders("新当选4国的任期从明年1月1日开始。", "count") == []


def test_a_year_in_brackets_after_a_figure_dates_it():
    got = [(f.value, f.as_of) for f in facts("老挝人口约750万(2022年)。")]
    assert got == [(7_500_000, "2022")]


def test_a_number_ending_a_line_takes_no_unit_from_the_next():
    text = "老挝总理访泰\n东方网 作者:王芳 2017-11-02 09:15:27\n国家主席本扬当天抵达曼谷。\n"
    assert [f.value for f in extract_facts(extract(text, source="t.txt"))] == []


def test_people_counted_after_two_countries_are_no_sum_of_the_list():
    got = holders("老挝泰国青年论坛在万象举行。此次论坛吸引来自老挝和泰国300多名代表出席。", "person")
    assert [v for _, v in got] == [300]


def test_this_forum_is_the_forum_named_before():
    got = holders("老挝总理在万象举行的老泰企业家论坛上讲话。此次论坛吸引来自两国的500多名代表出席。", "person")
    assert got == [("老泰企业家论坛", 500)]
