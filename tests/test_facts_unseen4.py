"""Facts: the mechanisms found on a fourth batch of unseen pages (trade, investment, tourism, aid,
incidents at sea, visits), each on invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "越通社河内——2019年3月5日,{}(完)\n"


def facts(sentence: str, url: str | None = None) -> list[Fact]:
    return extract_facts(extract(PAGE.format(sentence), source="t.txt", url=url))


def holders(sentence: str, unit: str) -> list[tuple[str, float]]:
    return [(f.subject, f.value) for f in facts(sentence) if f.unit == unit]  # type: ignore[misc]


def test_a_sector_is_no_company():
    # 保险银行领域: 银行 before 领域 names a sector of the economy, not a bank holding the figure
    got = holders("在老挝对外投资的主要领域当中,保险银行领域位居第一,投资额达2.5亿美元。", "USD")
    assert got == [("老挝", 250_000_000)]


def test_one_of_the_n_largest_is_no_count():
    assert holders("老挝已成为泰国8大贸易伙伴之一。", "count") == []


def test_workers_are_people_counted():
    assert holders("该工业区为3万老挝劳动者提供就业机会。", "person") == [("老挝", 30_000)]


def test_the_party_helped_is_no_holder():
    got = holders("日本国际协力机构已帮助柬埔寨完成桥梁、港口和机场等三大项目。", "count")
    assert got and got[0][0] != "柬埔寨"


def test_the_province_that_attracts_holds_the_count():
    got = holders("其中,平阳省是最受欢迎的省份,该省吸引韩国新注册项目25个。", "count")
    assert got and "平阳" in got[0][0] and got[0][1] == 25


def test_what_is_seized_is_the_victims_where_no_vessel_is_named():
    got = holders("柬埔寨一艘载有9名船员的渔船遭泰国海警船冲撞,海警登船后没收两吨重的渔获。", "tonne")
    assert got == [("柬埔寨", 2)]


def test_a_total_of_what_was_taken_is_the_victims():
    got = holders("柬埔寨渔船船长称,泰国海警强迫他们缴交3台定位仪,合计总值8亿越南盾。", "VND")
    assert got == [("柬埔寨", 800_000_000)]


def test_vessels_counted_with_their_country_after_the_classifier_are_its():
    got = holders("多艘泰国船只包围了正在作业的三艘柬埔寨渔船。", "count")
    assert got == [("柬埔寨", 3)]


def test_no_country_is_read_across_international():
    got = holders("岘港市接待游客约100万人次,其中国际游客约5.5万人次。", "person")
    assert ("中国", 55_000) not in got and ("岘港", 55_000) in got


def test_no_country_is_read_inside_a_currency_name():
    got = holders("岘港市旅游总收入预计达3.2万亿越南盾(约合1.2亿美元),增长50%。", "USD")
    assert got == [("岘港", 120_000_000)]


def test_an_age_before_de_is_the_persons():
    got = [f for f in facts("47岁的柬埔寨渔船船长阮文甲(Nguyen Van Giap)称,渔船遭到冲撞。") if f.unit == "year"]
    assert [(f.subject, f.value) for f in got] == [("阮文甲", 47)]


def test_in_other_words_keeps_the_time_frame_of_the_paragraph_before():
    got = [f for f in facts("2018年,老挝从泰国进口总额逾30亿美元。\n换言之,老挝对泰国贸易逆差逾20亿美元。")
           if f.value == 2_000_000_000]
    assert [f.as_of for f in got] == ["2018"]


def test_a_growth_after_figures_of_two_years_is_the_later_years():
    got = [f for f in facts("两国2018年贸易额达50亿美元,2017年则是40亿美元,增幅近3成。") if f.unit == "percent"]
    assert [(f.value, f.as_of) for f in got] == [(30, "2018")]


def test_a_rank_above_ten_is_no_party_congress():
    assert holders("老挝是世界第十二大咖啡出口国。", "count") == [("老挝", 12)]


def test_an_amount_each_counted_item_reaches_is_a_threshold():
    got = facts("其中15种农产品出口额达5亿美元以上。")
    assert [(f.value, f.unit) for f in got] == [(15, "count")]


def test_a_menu_before_the_title_holds_no_claim():
    text = ("总书记会见老挝公安部部长 第十届河内市人民议会代表的95名当选名单 越南咖啡出口灵活调整 越南连锁饮品市场规模超13亿美元 居东南亚第三 推动务实合作迈向新阶段\n\n"
            "越老国防部加强合作关系\n\n"
            "〔本报消息〕国防部长昨(27)日下午在国防部办事处,主持了迎接老挝国防部长为团长率领的该国高级军事代表团仪式。\n"
            "欢迎仪式过后,两国国防部长已举行会谈。\n")
    doc = extract(text, source="t.txt", url="https://cn.sggp.org.vn/abc-post1.html")
    assert doc.title == "越老国防部加强合作关系"
    assert extract_facts(doc) == []


def test_a_bare_government_names_no_country():
    # 政府疏散3万多人: which government, the paragraph says (its country), not a guess of the recognizer
    got = holders("老挝南部受台风吹袭,有16人死亡。台风来袭前,政府疏散3万多人。", "person")
    assert ("老挝", 30_000) in got


def test_a_meeting_that_tells_the_time_holds_nothing():
    got = holders("东盟峰会在老挝举行前夕,当地南部受台风吹袭,4万多栋房屋损毁。", "count")
    assert got == [("老挝", 40_000)]


def test_a_subheading_carries_its_holder_into_the_paragraph_under_it():
    text = ("台风袭柬埔寨12死\n\n当局表示,柬埔寨贡布省有12人死亡。\n\n泰国5死 数千人无家可归\n\n"
            "英国王子将于明天到访泰国南部城市宋卡,但当地前日起受风暴吹袭。风暴造成5人死亡。\n")
    doc = extract(text, source="t.txt", url="https://paper.wenweipo.com/a.htm")
    got = [(f.subject, f.value) for f in extract_facts(doc) if f.value == 5]
    assert got == [("泰国", 5)]


def test_a_value_a_year_changed_to_holds_when_written():
    got = [f for f in facts("广西与老挝的国际道路运输线路从2011年的20条增至30条。") if f.value in (20, 30)]
    assert [(f.value, f.as_of) for f in got] == [(20, "2011"), (30, "2019-03-05")]


def test_people_staying_in_a_country_are_counted_for_their_own():
    got = holders("受疫情影响的150多名滞留老挝的日本公民乘坐航班回国。", "person")
    assert got == [("日本", 150)]


def test_seats_of_a_plane_are_no_count():
    assert holders("航空公司使用200多座位的客机运送乘客。", "count") == []


def test_the_party_a_share_is_of_after_da_holds_nothing():
    got = holders("截至今年3月,老挝所造水库面积已经达泰国水库面积的约30%。", "percent")
    assert got == [("老挝", 30)]


def test_a_likeness_is_no_count():
    got = facts("老挝已累计开垦超过10平方公里(约相当于1,400个足球场)。")
    assert [f for f in got if f.value == 1400] == []


def test_a_comma_between_digits_ends_no_clause():
    doc = extract(PAGE.format("泰国在老挝登记的投资项目共有10,203个。"), source="t.txt")
    got = [f for f in extract_facts(doc) if f.unit == "count"]
    assert [(f.subject, f.value) for f in got] == [("泰国", 10_203)]
    assert doc.text[got[0].start:got[0].end].endswith("10,203个")


def test_a_rank_whose_ranked_thing_is_told_before_it():
    got = holders("泰国是老挝最大的东协投资来源国,也是全球对老挝投资的第三大国。", "count")
    assert got == [("泰国", 3)]


def test_two_warships_are_counted_not_a_slogan():
    got = holders("日本海上自卫队的两艘军舰于3月5日抵达金兰湾。", "count")
    assert got == [("日本海上自卫队", 2)]


def test_people_attending_a_meeting_named_after_them_are_the_meetings():
    got = holders("老挝国会以120票赞成通过该决议。共有来自20个国家的300名代表出席第五届湄公河合作论坛。", "person")
    assert got == [("第五届湄公河合作论坛", 300)]


def test_an_aircraft_model_is_no_vessel_registration():
    got = holders("老挝向俄罗斯购买4架C-130运输机,总值约2亿美元。", "USD")
    assert got == [("老挝", 200_000_000)]


def test_years_after_which_something_was_achieved_are_a_duration():
    got = [(f.subject, f.value) for f in facts("实施该倡议8年后,老挝取得了重要成果。") if f.unit == "year"]
    assert got == [("老挝", 8)]
