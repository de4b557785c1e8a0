"""(en31) Entities on unseen pages, on invented sentences (probe grids, /work/notes/s7/en31/probes.md):
the standard names of regions, seas and sea routes are places (太平洋岛国, 北方海路, 大湄公河次区域)."""

from __future__ import annotations

import pytest

from invented import entity_mentions, page_of

# regions, seas and routes that world news names by the words of atlases and surveys
_REGIONS = [
    ("中方愿同太平洋岛国深化合作。", "太平洋岛国"),
    ("中國與太平洋島國的關係持續發展。", "太平洋岛国"),
    ("南太各国领导人出席了会议。", "南太"),
    ("俄方表示北方海路将实现全年通航。", "北方海路"),
    ("北极航道的开发引起关注。", "北极航道"),
    ("大湄公河次区域各国加强了合作。", "大湄公河次区域"),
    ("西非国家经济共同体召开峰会前，西非多国发生政变。", "西非"),
    ("东非地区遭遇严重旱灾。", "东非"),
    ("货轮穿过直布罗陀海峡驶入地中海。", "直布罗陀海峡"),
    ("巴拿马运河与北太平洋航线的货运量上升。", "北太平洋"),
    ("中南美洲国家代表出席了论坛。", "中南美洲"),
]


@pytest.mark.parametrize("text,place", _REGIONS)
def test_a_standard_region_is_a_place(text: str, place: str) -> None:
    assert "LOCATION" in entity_mentions(text).get(place, set())


def test_the_cooperation_keeps_its_name() -> None:
    found = entity_mentions("大湄公河次区域经济合作领导人会议在万象举行。")
    assert "ORG" in found.get("大湄公河次区域经济合作", set())


# a site's masthead: its name, its web address, then the date and time of the item
_MASTHEADS = [
    "中央政府门户网站 www.gov.cn   2019年05月03日   来源：新华社\n\n李强会见了客人。",
    "中国新闻网站 www.chinanews.com 2020-06-01 10:15 来源：外交部\n\n王毅会见了客人。",
    "来源：外交部网站 http://www.mfa.gov.cn 2022年7月1日\n\n王毅会见了客人。",
]


@pytest.mark.parametrize("text", _MASTHEADS)
def test_a_web_address_after_a_site_is_no_name(text: str) -> None:
    assert not any("www" in m or "http" in m or "20" in m for m in entity_mentions(text))


def test_a_year_after_a_latin_outlet_is_no_part_of_it() -> None:
    found = entity_mentions("越南新闻网站Tinmoi 2019年报道，双方签署了协议。柬埔寨新闻网站Thmey 2021年3月报道，双方将合作。")
    assert not any("20" in m for m in found)
    assert "ORG" in found.get("Tinmoi", set()) and "ORG" in found.get("Thmey", set())


# a person named once by a kin word or as a witness, with no post
_KIN = [
    ("前往机场迎接的还有他的妻子陈美玲。", "陈美玲"),
    ("她的丈夫林志豪表示，家人支持她的决定。", "林志豪"),
    ("已故作家的遺孀黃淑芬出席了追思會。", "黄淑芬"),
    ("大使的儿子吴家明在当地读书。", "吴家明"),
    ("部长的女儿赵雅琪随团访问。", "赵雅琪"),
    ("他的母亲孙秀兰今年八十岁。", "孙秀兰"),
    ("其父高建国曾任驻外大使。", "高建国"),
    ("证人方晓东在法庭上作证。", "方晓东"),
    ("受害者家属梁嘉欣向媒体讲述了经过。", "梁嘉欣"),
]


@pytest.mark.parametrize("text,person", _KIN)
def test_a_person_named_by_a_kin_word_is_a_person(text: str, person: str) -> None:
    doc = page_of(text)
    assert any(e.type == "PERSON" and e.name == person for e in doc.entities)
    assert not any(r.title in ("妻子", "丈夫", "遗孀", "儿子", "女儿", "母亲", "其父", "证人", "家属")
                   for r in doc.roles)  # a kin word is no post


@pytest.mark.parametrize("text", [
    "他的妻子表示支持这一决定。", "大使的女儿在河内上学。", "她的丈夫同意接受采访。",
    "他的父亲是一名教师。", "证人证实了这一说法。", "烈士家属代表向纪念碑献花。",
])
def test_a_kin_word_before_no_name_names_no_one(text: str) -> None:
    assert not any(e.type == "PERSON" for e in page_of(text).entities)


# an airport, river, lake, port, avenue or palace abroad, its name wholly in transliteration characters
_ABROAD = [
    ("总统在安德鲁斯机场发表书面讲话。", "安德鲁斯机场"),
    ("车队沿着波托马克河驶向市区。", "波托马克河"),
    ("两国在阿穆尔河上举行联合演习。", "阿穆尔河"),
    ("乌干达代表介绍了维多利亚湖的污染情况。", "维多利亚湖"),
    ("首批货物于卡利梅特港装船。", "卡利梅特港"),
    ("考察团参观了乔治敦港。", "乔治敦港"),
    ("葡萄牙总统在贝莱姆宫会见了来宾。", "贝莱姆宫"),
]


@pytest.mark.parametrize("text,place", _ABROAD)
def test_a_transliterated_name_before_a_place_word_is_a_place(text: str, place: str) -> None:
    assert "LOCATION" in entity_mentions(text).get(place, set())


@pytest.mark.parametrize("text", [
    "在历史长河中，两国人民结下了深厚友谊。", "双方讨论了修建运河的计划。", "地震造成了堰塞湖。",
    "双方同意扩大港口合作。", "两国将合作修建新的国际机场。", "代表团从机场直接前往会场。",
])
def test_a_plain_word_before_a_place_word_is_no_place(text: str) -> None:
    assert not any("LOCATION" in types for types in entity_mentions(text).values())


# a body's short name defined in brackets after its full name, then used alone
_DEFINED = [
    ("泰国投资促进委员会（投促会）发布数据。投促会秘书长介绍了情况。", "泰国投资促进委员会", "投促会"),
    ("柬埔寨发展理事会(柬发委)批准了投资项目。", "柬埔寨发展理事会", "柬发委"),
    ("新加坡企业发展局（企发局）宣布新计划。企发局说，将协助中小企业。", "新加坡企业发展局", "企发局"),
    ("马来西亚中华总商会（中总）代表团访问北京。中总会长致辞。", "马来西亚中华总商会", "中总"),
    ("泰国投资促进委员会（以下简称“投促会”）发布数据。\n投促会秘书长介绍了情况。", "泰国投资促进委员会", "投促会"),
    ("老挝国家工商会（老工商会）与越方签署协议。", "老挝国家工商会", "老工商会"),
]


@pytest.mark.parametrize("text,full,short", _DEFINED)
def test_a_short_name_defined_in_brackets_names_the_body(text: str, full: str, short: str) -> None:
    doc = page_of(text)
    body = next(e for e in doc.entities if e.type == "ORG" and full in (e.name, *e.mentions))
    assert short in body.mentions
    assert sum(m.text == short for m in doc.mentions) == text.count(short)  # the bracket and each later use


@pytest.mark.parametrize("text", [
    "外交部长王毅（右二）与泰国投资促进委员会代表交谈。", "柬埔寨发展理事会（资料图片）发布了公告。",
    "新加坡企业发展局（记者张明摄）举办了活动。", "越南工商联合会（上图）举办了论坛。",
])
def test_a_bracket_that_defines_no_short_name_names_nothing(text: str) -> None:
    inside = text[text.index("（") + 1:text.index("）")]
    assert not any(inside in m or m in inside for m in entity_mentions(text) if len(m) >= 2 and m != "张明")


# the person a kin word is stated of, right before it or before 的/和
_KIN_OF = [
    ("被关押多年的郭文斌的妻子许静呼吁释放丈夫。", {"郭文斌", "许静"}),
    ("郭文斌的妻子许静出席了记者会。", {"郭文斌", "许静"}),
    ("林立和妻子陈晓一同抵达机场。", {"林立", "陈晓"}),
    ("何建华的女儿在当地工作。", {"何建华"}),
    ("外界关注被软禁多年的郭文斌遗孀许静的处境。", {"郭文斌", "许静"}),
    ("陈立明夫人王芳陪同访问。", {"陈立明", "王芳"}),
]


@pytest.mark.parametrize("text,persons", _KIN_OF)
def test_the_person_before_a_kin_word_is_named(text: str, persons: set[str]) -> None:
    doc = page_of(text)
    assert persons <= {e.name for e in doc.entities if e.type == "PERSON"}
    assert not doc.roles  # a kin word is no post, of the one before it or after it


@pytest.mark.parametrize("text", [
    "总统的妻子出席了晚宴。", "大使和夫人出席了招待会。", "国王的女儿参加了仪式。", "这位农民的儿子考上了大学。",
    "英雄母亲受到表彰。", "伟大的母亲值得尊敬。", "军人的妻子承担了家务。", "該國總理的兒子涉嫌貪污。",
])
def test_a_word_before_a_kin_word_is_no_name(text: str) -> None:
    assert not any(e.type == "PERSON" for e in page_of(text).entities)


@pytest.mark.parametrize("text", [
    "车队驶入华盛顿市区。环绕市区的河流十分美丽。", "车队穿过市区，驶向机场。", "代表团进入市区后前往酒店。",
    "游行队伍围绕市中心行进。", "车队驶离市区，前往机场。",
])
def test_a_verb_before_a_city_word_names_no_city(text: str) -> None:
    assert not any(m.endswith("市") and not m.startswith("华盛顿") for m in entity_mentions(text))


def test_a_city_named_after_a_verb_of_arrival_is_kept() -> None:
    assert "LOCATION" in entity_mentions("代表团抵达阿尔梅尼亚市后参观了工厂。").get("阿尔梅尼亚市", set())


# landmarks a visit's programme names (standard knowledge of the world's sites)
_LANDMARKS = [
    ("两国领导人夫人共同游览了颐和园。", "颐和园"),
    ("外宾一行參觀了故宮博物院。", "故宫"),
    ("总统一行登上了万里长城。", "万里长城"),
    ("总理在西安参观了兵马俑。", "秦始皇兵马俑"),
    ("总统夫人参观了卢浮宫博物馆。", "卢浮宫"),
    ("英国国王在白金汉宫接见了外国元首。", "白金汉宫"),
    ("阅兵式在莫斯科红场举行。", "红场"),
    ("代表团参观了吉隆坡双子塔。", "双子塔"),
    ("代表团参观了仰光大金塔。", "仰光大金塔"),
    ("印尼总统陪同外宾参观了婆罗浮屠。", "婆罗浮屠"),
]


@pytest.mark.parametrize("text,place", _LANDMARKS)
def test_a_landmark_is_a_place(text: str, place: str) -> None:
    doc = page_of(text)
    assert any(e.type == "LOCATION" and e.name == place for e in doc.entities)


@pytest.mark.parametrize("text,person", [("王长城表示，双方将加强合作。", "王长城"), ("大使刘泰山出席了活动。", "刘泰山")])
def test_a_given_name_like_a_landmark_stays_a_name(text: str, person: str) -> None:
    assert any(e.type == "PERSON" and e.name == person for e in page_of(text).entities)


# a bare name opening the story right after the dateline or a bracket's close, before a verb of speech or meeting
_STORY_OPENERS = [
    ("新华社北京3月5日电 王长城表示，双方将加强合作。", "王长城"),
    ("越通社河内——李志明会见了来访的客人。", "李志明"),
    ("（中央社記者王小明台北5日電）陳國平指出，兩岸交流應持續。", "陈国平"),
    ("【联合早报讯】林文杰说，新加坡将继续支持多边主义。", "林文杰"),
    ("（记者 周明）张丽华表示，论坛取得成功。", "张丽华"),
]


@pytest.mark.parametrize("text,person", _STORY_OPENERS)
def test_a_bare_name_opening_the_story_is_a_person(text: str, person: str) -> None:
    assert any(e.type == "PERSON" and e.name == person for e in page_of(text).entities)


@pytest.mark.parametrize("text", [
    "越通社河内——双方表示，将深化合作。", "【联合早报讯】外界认为，此次会谈意义重大。",
    "新华社北京3月5日电 有关方面表示，调查仍在进行。", "（记者 周明）各方表示欢迎。",
])
def test_a_word_opening_the_story_is_no_name(text: str) -> None:
    assert {e.name for e in page_of(text).entities if e.type == "PERSON"} <= {"周明"}


# a dotted name whose last character is 都 or 和
_STOP_FINAL = [
    ("老挝国会主席巴尼·亚陶都会见了越南客人。", "巴尼·亚陶都"),
    ("巴尼·亚陶都表示，老方愿加强合作。", "巴尼·亚陶都"),
    ("出席活动的有老挝副部长坎玛·萨亚都。", "坎玛·萨亚都"),
    ("會見時在座的有老撾部長本孔·西和。", "本孔·西和"),
]


@pytest.mark.parametrize("text,person", _STOP_FINAL)
def test_a_dotted_name_may_end_in_a_stop_character(text: str, person: str) -> None:
    assert any(e.type == "PERSON" and e.name == person for e in page_of(text).entities)


@pytest.mark.parametrize("text,wrong", [
    ("老挝国家主席通伦·西苏里和越南客人举行会谈。", "通伦·西苏里和"),
    ("通伦·西苏里和宋赛·西潘敦都出席了会议。", "宋赛·西潘敦都"),
    ("俄罗斯总统弗拉基米尔·普京都表示欢迎。", "弗拉基米尔·普京都"),
    ("美国总统乔·拜登都没有表态。", "乔·拜登都"),
    ("奇温·沃尔·鲁艾说，和平来之不易。", "奇温·沃尔·鲁艾说"),
])
def test_a_word_after_a_dotted_name_stays_out(text: str, wrong: str) -> None:
    assert wrong not in entity_mentions(text)


# foreign envoys to China under Chinese names whose first character is no common Chinese surname
_ENVOYS = [
    ("新任驻华大使是：巴哈马驻华大使匡立德、波兰驻华大使赛文海、冰岛驻华大使古立行。", {"匡立德", "赛文海", "古立行"}),
    ("丹麦驻华大使匡维德致辞。", {"匡维德"}),
    ("冰島駐華大使古立行出席了活動。", {"古立行"}),
]


@pytest.mark.parametrize("text,persons", _ENVOYS)
def test_an_envoy_to_china_may_bear_any_chinese_name(text: str, persons: set[str]) -> None:
    assert persons <= {e.name for e in page_of(text).entities if e.type == "PERSON"}


@pytest.mark.parametrize("text", ["驻华大使级官员出席了会议。", "驻华大使们参观了工厂。", "多国驻华大使表示支持。"])
def test_words_after_an_envoy_post_are_no_name(text: str) -> None:
    assert not any(e.type == "PERSON" for e in page_of(text).entities)
