"""Facts on pages the project had never seen (issue 13, round fx3): sums handed out over two givers
in two currencies, a motion's votes, the rest of a split sum and its conversion, the pair in the
order the page writes it, a page that names its own country only through its places, people boarded
onto another country's vessel, the people a named ship carries; each on invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "新华社北京2019年3月5日电 {}(完)\n"


def facts(sentence: str, page: str = PAGE) -> list[Fact]:
    return extract_facts(extract(page.format(sentence), source="t.txt"))


def holder_of(sentence: str, value: float, page: str = PAGE) -> str:
    found = [f.subject for f in facts(sentence, page) if f.value == value]
    assert len(found) == 1, found
    return found[0]


def test_two_givers_two_currencies_one_sum_each() -> None:
    text = "中国红十字会和中国扶贫基金会已分别向泰国红十字会提供8万美元和20万元人民币的援助。"
    assert holder_of(text, 80_000) == "中国红十字会"
    assert holder_of(text, 200_000) == "中国扶贫基金会"


def test_a_motions_votes_are_the_assemblys() -> None:
    text = ("联合国大会当天表决两份决议草案。\n"
            "另一份决议草案没有点名以色列,结果只获得45票支持、70票反对、40票弃权,未获通过。"
            "上月曾有130国支持该决议,要求以色列撤军。")
    for value in (45, 70, 40, 130):
        assert holder_of(text, value) == "联合国大会", value


def test_the_rest_of_a_split_sum_and_its_conversion_stay_the_givers() -> None:
    text = ("日本将向老挝提供30亿日元无偿援助,其中20亿日元用于支持老挝修建学校,"
            "另10亿日元(约合700万美元)用于扩建万象医院。")
    assert holder_of(text, 1_000_000_000) == "日本"
    assert holder_of(text, 7_000_000) == "日本"


def test_a_pair_keeps_the_order_the_page_first_wrote() -> None:
    page = "中国、老挝双方签署12项合作文件\n\n新华社万象2019年3月5日电 {}(完)\n"
    text = "老挝总理会见到访的中国总理。老挝方面表示,双方签署12项合作文件,老挝对此表示满意,老挝期待更多合作。"
    assert holder_of(text, 12, page) == "中国-老挝"


def test_a_page_naming_only_its_own_places_is_that_countrys() -> None:
    page = "舰艇编队返回青岛\n\n本报青岛1月13日电 {}\n"
    text = ("由青岛舰和烟台舰组成的编队13日返回青岛某军港。编队曾参加庆祝新西兰海军成立80周年活动。"
            "此次出访共进行6次舰艇开放,3万人次登舰参观。")
    assert holder_of(text, 6, page) == "中国"


def test_people_boarding_another_countrys_vessel_are_not_that_countrys() -> None:
    text = "中国海警船靠近后,再出动约30人登上越南渔船进行检查。"
    assert holder_of(text, 30) != "越南"


def test_the_people_a_named_ship_carries_are_the_ships() -> None:
    text = "中国海军远洋训练舰郑成功舰搭载350名学员和官兵,5日抵达马尼拉港进行访问。"
    assert holder_of(text, 350) == "郑成功舰"


def test_over_a_hundred_written_without_a_digit() -> None:
    found = [(f.subject, f.value, f.unit) for f in facts("越南海警表示,中国在附近海域部署过百艘船只。")]
    assert ("中国", 100, "count") in found


def test_people_aboard_a_registered_vessel_without_hao() -> None:
    text = "一艘载有12人的越南渔船QNg-91234TS在附近海域作业。"
    assert holder_of(text, 12) == "QNg-91234TS"


def test_a_year_before_an_unmarked_name_is_no_part_of_it() -> None:
    text = "数据显示,2024年甲乙口岸铁路货运量达12.5万吨。"
    assert holder_of(text, 125_000) == "甲乙口岸铁路"


def test_the_same_count_of_two_things_is_two_claims() -> None:
    found = [f.value for f in facts("该省目前拥有7个国家级口岸、7个边民互市点。")]
    assert found.count(7) == 2


def test_a_subjectless_sentence_goes_on_with_the_place_before() -> None:
    page = "口岸建设\n\n本报南宁3月5日电 {}\n"
    text = ("近年来,越南与中国边境合作不断深化。\n"
            "东兴市现有多个国家级开放平台。同时,还拥有4个国家级一类口岸。")
    assert holder_of(text, 4, page) == "东兴"


def test_the_committee_pointed_back_to_holds_its_meetings() -> None:
    text = "甲省口岸管理委员会主任表示:2023年,该委员会已主持策划了11次会谈。"
    assert "委员会" in holder_of(text, 11)


def test_a_related_news_list_after_the_body_holds_no_claim() -> None:
    page = "越南选举结果公布\n\n新华社河内6月11日电 {}\n相关推荐\n青年研学营在华举办\n共有300名越南青年来华参营。\n"
    found = [f.value for f in facts("越南国家选举委员会宣布共选出480名代表。", page)]
    assert 480 in found and 300 not in found


def test_a_time_inside_a_closed_aside_dates_no_figure_after_it() -> None:
    text = ("日本是越南第二大援助来源国(2026—2030年援助总额30亿美元)以及第四大贸易伙伴"
            "(双边贸易额达500亿美元)。")
    found = [f for f in facts(text) if f.value == 50_000_000_000]
    assert found and not (found[0].as_of or "").startswith("2026")


def test_each_clause_of_vote_shares_is_its_own_persons() -> None:
    text = "去年,武文赏的得票率为93%,范明政为91.5%,王廷惠则是88.2%。"
    assert holder_of(text, 93) == "武文赏"
    assert holder_of(text, 88.2) == "王廷惠"


def test_shares_handed_to_the_people_elected_after() -> None:
    text = "越南国会分别以96.5%、97.2%的得票率选举王廷惠为国会主席,武文赏为国家主席。"
    assert holder_of(text, 96.5) == "王廷惠"
    assert holder_of(text, 97.2) == "武文赏"


def test_votes_to_remove_someone_are_the_bodys() -> None:
    text = "以92.5%赞成票,越南国会通过免去武文赏国家主席职务的决议。表决结果显示,445赞成票。"
    assert holder_of(text, 92.5) == "越南国会"
    assert 445 in [f.value for f in facts(text)]


def test_a_recipient_before_a_comma_and_the_verb_of_giving() -> None:
    text = "据报道,亚洲开发银行同意为老挝的基础设施建设,提供5亿美元的优惠贷款。"
    assert holder_of(text, 500_000_000) == "亚洲开发银行"


def test_a_pair_with_vietnam_or_china_puts_them_first_whatever_the_sentence_order() -> None:
    page = "防长谈合作\n\n本社莫斯科9月30日电 {}\n"
    text = "美国总统五月访问越南期间,两国签署了80亿美元的合同。美国国防部长表示,美国与越南的合作显著加强。"
    assert holder_of(text, 8_000_000_000, page) == "越南-美国"


def test_machines_counted_by_tai() -> None:
    found = [(f.value, f.unit) for f in facts("越南购买了两台发动机,另购20台设备。")]
    assert (2, "count") in found and (20, "count") in found


def test_one_figure_after_fenbie_is_each_partys() -> None:
    text = "中国和日本分别提供了10亿美元。"
    assert sorted(f.subject for f in facts(text) if f.value == 1_000_000_000) == ["中国", "日本"]


def test_a_figure_in_a_spokesmans_quotation_is_his_countrys() -> None:
    page = "边境冲突\n\n法新社曼谷10日电 {}\n"
    text = ("柬埔寨军队昨日再次开火。\n泰国国防部发言人在记者会表示:「由于安全受到威胁,平民不得不撤离。"
            "截至目前,已有30多万人被安置到安全之处。」")
    assert holder_of(text, 300_000, page) == "泰国"


def test_trains_counted_by_lie_and_a_frequency_is_no_count() -> None:
    found = [f.value for f in facts("中老铁路累计开行旅客列车3万多列,由初期按需开行扩展为每周至少四次固定开行。")]
    assert 30_000 in found and 4 not in found


def test_we_in_a_foreign_speakers_quotation_is_his_country() -> None:
    page = "疫苗援助\n\n越通社东京9月14日电 {}\n"
    text = "越南卫生部表示欢迎。\n日本外务省发言人表示:“我们决定向越南提供60万剂疫苗,向泰国提供20万剂疫苗。”"
    assert holder_of(text, 600_000, page) == "日本"


def test_workers_abroad_by_a_countrys_short_form() -> None:
    assert holder_of("5月份越劳赴海外12345人。", 12345) == "越南"


def test_years_since_normalization_and_a_gap_of_years() -> None:
    found = [(f.value, f.unit) for f in facts("越日两国在关系正常化40年后,已成为全面战略伙伴。")]
    assert (40, "year") in found
    found = [(f.value, f.unit) for f in facts("越共总书记访问泰国是自2010年时隔9年后的首次。")]
    assert (9, "year") in found


def test_animals_counted_by_zhi_and_tiao() -> None:
    found = [f.value for f in facts("中国救援队还派出了三只搜救犬和7条搜救犬。")]
    assert 3 in found and 7 in found


def test_a_year_naming_an_instrument_dates_no_figure() -> None:
    text = ("6月13日至17日,越柬边界联合委员会会议在金边召开。双方强调以解决剩余的12%的边界划分的决心和努力;"
            "同时,双方一致认为需要制定新协定,以取代1983年越柬边界管理制度协定。")
    found = [f for f in facts(text, "边界会议\n\n{}\n") if f.value == 12]
    assert found and not (found[0].as_of or "").startswith("1983")


def test_markers_counted_by_kuai_and_years_taken_by_lishi() -> None:
    found = [(f.value, f.unit) for f in facts("两国在边界线上竖立了1500块界碑,这项历时8年的工作全部结束。")]
    assert (1500, "count") in found and (8, "year") in found


def test_goods_qualified_by_a_country_after_the_unit() -> None:
    page = "援古大米\n\n2024年06月24日 | 小微\n\n{}\n"
    text = ("据古巴多家媒体综合报道,6月4日,载有2000吨中国大米的首艘货船抵达哈瓦那,"
            "古巴外贸外资部部长前往接收。")
    assert holder_of(text, 2000, page) == "中国"
