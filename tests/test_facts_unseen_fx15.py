"""Facts (fx15): counts and people on Vietnamese wire pages in Chinese the project had never seen.
A province or city opening its clause after a wire's dateline or a region qualifying it holds the
figures after it; a city owning a country-wide word (胡志明市的国内游客) holds them too. Invented
sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "越通社芹苴——{}\n"


def facts(sentence: str, page: str = PAGE) -> list[Fact]:
    return extract_facts(extract(page.format(sentence), source="t.txt"))


def subjects(found: list[Fact], value: float) -> list[str]:
    return [f.subject for f in found if f.value == value]


def test_a_province_right_after_the_dateline_holds_its_visitors():
    got = facts("安江省今年前五个月接待游客325万人次。")
    assert subjects(got, 3250000) == ["安江"]


def test_a_province_qualified_by_its_region_holds_its_visitors_and_income():
    got = facts("地处九龙江三角洲地区的永隆省借助生态旅游,今年上半年吸引了87万人次游客。旅游总收入达2100亿越盾。")
    assert subjects(got, 870000) == ["永隆"]
    assert subjects(got, 210000000000) == ["永隆"]


def test_a_city_owning_the_domestic_visitors_holds_them():
    got = facts("今年前4个月,岘港市的国内游客超过310万人次。")
    assert subjects(got, 3100000) == ["岘港"]


def test_our_domestic_visitors_stay_the_pages_country():
    got = facts("今年前4个月,我国国内游客达4100万人次。")
    assert subjects(got, 41000000) == ["越南"]


def test_a_breakdown_of_workers_abroad_names_where_they_work():
    got = facts("截至目前,越南累计约有41万名出国务工人员,其中日本18万人、 中国台湾近15万人、韩国逾3万人等。")
    assert subjects(got, 180000) == ["越南"]
    assert subjects(got, 150000) == ["越南"]
    assert subjects(got, 30000) == ["越南"]


def test_a_destination_told_after_a_semicolon_still_holds_no_workers():
    got = facts("2019年,赴国外就业的越南劳工人数为15万人。其中,赴日本就业的越南劳工人数为8万人;中国台湾为5万人。")
    assert subjects(got, 50000) == ["越南"]


def test_source_markets_of_visitors_still_hold_their_visitors():
    got = facts("今年越南接待国际游客近600万人次,其中中国180万人次、韩国120万人次。")
    assert subjects(got, 1800000) == ["中国"]
    assert subjects(got, 1200000) == ["韩国"]


def test_two_cities_with_something_between_them_count_nothing():
    got = facts("双方签署了合作备忘录,这是两座港口城市之间的首份合作文件。")
    assert subjects(got, 2) == []


def test_a_top_list_title_counts_nothing():
    got = facts("2024年海防市十大典型活动评选结果揭晓。")
    assert subjects(got, 10) == []


def test_priority_areas_stay_a_count():
    got = facts("老挝将继续聚焦五大优先领域。")
    assert subjects(got, 5) == ["老挝"]


def test_the_past_year_a_review_looks_back_on_is_no_duration():
    got = facts("一年来,越南和柬埔寨克服种种困难,继续保持合作势头。")
    assert [f for f in got if f.unit == "year"] == []


def test_attendees_of_a_festival_are_the_festivals_not_a_titled_persons_legislature():
    got = facts("第五届越中青年大联欢在广宁省闭幕。越南国家副主席武氏映春、中国全国人民代表大会常务委员会副委员长王东明同3000名两国青年出席。")
    assert subjects(got, 3000) == ["第五届越中青年大联欢"]


def test_a_meeting_after_a_wire_dateline_is_named_without_it():
    got = facts("越中友好人士见面会15日在河内举行。两国各界人士等逾600人出席。")
    assert subjects(got, 600) == ["越中友好人士见面会"]


def test_documents_signed_by_the_ministries_of_two_countries_are_the_pairs():
    got = facts("访问期间,越南与柬埔寨各部委签署了11份合作协议。")
    assert subjects(got, 11) == ["越南-柬埔寨"]


def test_each_of_two_parties_still_gets_the_same_count():
    got = facts("日本和韩国各获得3个席位。")
    assert sorted(subjects(got, 3)) == ["日本", "韩国"]


def test_a_total_equal_to_an_earlier_bracketed_item_is_no_restatement_of_it():
    got = facts("截至7月3日,洪灾死亡人数已达19人(老街省12人和安沛省7人);受伤人数为12人(老街省9人,安沛省3人)。")
    assert sorted(subjects(got, 12)) == ["老街", "越南"]


def test_people_in_chinese_numerals_before_a_casualty_word_are_a_toll():
    got = facts("事故造成一人死亡、两人受伤。")
    assert subjects(got, 1) and subjects(got, 2)


def test_the_two_leaders_are_no_count():
    got = facts("两人就双边关系交换意见。")
    assert subjects(got, 2) == []


def test_a_province_qualified_by_the_storm_it_suffered_holds_its_toll():
    got = facts("受第三号台风影响的高平省出现暴雨,致使3人死亡,7间房屋和60公顷水稻受损。")
    assert subjects(got, 3) == ["高平"]
    assert subjects(got, 60) == ["高平"]


def test_a_breakdown_of_students_abroad_names_where_they_study():
    got = facts("目前越南在外留学生约19万人,其中日本6万人、美国3万人。")
    assert subjects(got, 60000) == ["越南"]
    assert subjects(got, 30000) == ["越南"]


def test_foreign_students_at_home_stay_their_countries():
    got = facts("在越南学习的外国留学生约2万人,其中老挝1.5万人、柬埔寨4000人。")
    assert subjects(got, 15000) == ["老挝"]


def test_the_years_since_joining_are_the_joiners_not_the_bodys():
    got = facts("2023年8月8日,柬埔寨加入东盟24年来,一直积极参与东盟共同体建设。")
    assert subjects(got, 24) == ["柬埔寨"]


def test_a_province_after_a_papers_source_tag_holds_its_visitors():
    got = facts("〔本報消息〕廣義省今年前5個月接待遊客190萬人次。", page="{}\n")
    assert subjects(got, 1900000) == ["广义省"]


def test_a_province_after_a_wires_opening_words_holds_its_visitors():
    for opening in ("(VOVWORLD) - ", "人民报网 - ", "VGP - ", "越通社河内5月3日电 "):
        got = facts(opening + "平定省今年前5个月接待游客260万人次。", page="{}\n")
        assert subjects(got, 2600000) == ["平定"], opening
