"""(en34) Entities on unseen pages, on invented sentences (probe grids, /work/notes/s7/en34/probes.md)."""

from __future__ import annotations

import pytest

from invented import entity_mentions

# first-level divisions abroad (states, regions, krais, republics) from survey lists, with their standard
# Chinese names: each is a place, whole, and no country or person read inside it (纽芬兰 holds 芬兰)
_DIVISIONS = [
    ("德国巴登-符腾堡州州长会见了越南大使。", "巴登-符腾堡州", ()),
    ("代表团访问了加拿大纽芬兰与拉布拉多省。", "纽芬兰与拉布拉多省", ("芬兰",)),
    ("俄罗斯布里亚特共和国代表团访问了蒙古。", "布里亚特共和国", ()),
    ("巴什科尔托斯坦共和国总统会见了中国大使。", "巴什科尔托斯坦共和国", ("坦桑尼亚",)),
    ("哈卡斯共和国与中国企业签署协议。", "哈卡斯共和国", ("斯里兰卡",)),
    ("印尼西加里曼丹省省长会见了马来西亚代表团。", "西加里曼丹省", ("加里曼丹",)),
    ("印尼东南苏拉威西省与越南企业开展合作。", "东南苏拉威西省", ("南苏拉威西省",)),
    ("意大利伦巴第大区主席访问上海。", "伦巴第大区", ()),
    ("法兰西岛大区议会主席会见了中国驻法大使。", "法兰西岛大区", ()),
    ("外贝加尔边疆区行政长官访问了内蒙古。", "外贝加尔边疆区", ()),
    ("印度喜马偕尔邦发生山体滑坡。", "喜马偕尔邦", ()),
    ("加拿大萨斯喀彻温省省长率团访华。", "萨斯喀彻温省", ()),
    ("乌克兰第聂伯罗彼得罗夫斯克州遭到袭击。", "第聂伯罗彼得罗夫斯克州", ()),
    ("菲律宾棉兰老穆斯林邦萨摩洛自治区举行选举。", "棉兰老穆斯林邦萨摩洛自治区", ()),
    ("北威州州长访问了越南。", "北威州", ()),
    ("菲律宾甲米地省的工业园吸引了外资。", "甲米地省", ("甲米府",)),
    ("西班牙加利西亚自治区主席出席论坛。", "加利西亚自治区", ("西亚",)),
]


@pytest.mark.parametrize("text,place,not_read", _DIVISIONS)
def test_a_first_level_division_abroad_is_one_place(text: str, place: str, not_read: tuple[str, ...]) -> None:
    found = entity_mentions(text)
    assert "LOCATION" in found.get(place, set())
    for x in not_read:
        assert x not in found


def test_a_division_s_short_name_inside_another_name_is_none() -> None:
    # (孟邦 is Mon State, but 孟 + 邦 opens a Chinese given name: left out of the list)
    found = entity_mentions("孟邦杰主任会见了来宾。")
    assert "孟邦" not in found
    assert "COUNTRY" in entity_mentions("图瓦卢总理会见了代表团。").get("图瓦卢", set())


# major cities and ports abroad from a survey of world cities: each a place, whole (马拉喀什 is no 喀什)
_CITIES = [
    ("摩洛哥国王在马拉喀什会见了来访的部长。", "马拉喀什", ("喀什",)),
    ("双方在丹佛举行了第二轮磋商。", "丹佛", ()),
    ("代表团抵达加拿大卡尔加里，开始访问。", "卡尔加里", ()),
    ("朝鲜开城工业园区的企业恢复生产。", "开城", ()),
    ("马达加斯加首都安塔那那利佛举行了独立日庆典。", "安塔那那利佛", ()),
    ("代表团访问了魁北克城。", "魁北克城", ("魁北克省",)),
    ("巴基斯坦瓜达尔的港口项目进展顺利。", "瓜达尔", ()),
    ("會議在希臘塞薩洛尼基舉行。", "塞萨洛尼基", ()),
    ("总理访问了柬埔寨西哈努克城。", "西哈努克城", ()),
]


@pytest.mark.parametrize("text,place,not_read", _CITIES)
def test_a_major_city_abroad_is_a_place(text: str, place: str, not_read: tuple[str, ...]) -> None:
    found = entity_mentions(text)
    assert "LOCATION" in found.get(place, set())
    for x in not_read:
        assert x not in found


def test_a_city_that_is_also_a_person_s_name_is_left_out() -> None:
    # (丹尼斯 is Dennis: bare 尼斯 is no place of the list, only 尼斯市)
    assert "LOCATION" not in entity_mentions("丹尼斯大使会见了记者。").get("尼斯", set())


# palaces, halls and residences where leaders meet are places, and the city before one stays its own place
_SEATS = [
    ("会谈在首都哈瓦那革命宫举行。", "革命宫", ("哈瓦那",)),
    ("两国领导人在戴维营举行非正式会晤。", "戴维营", ()),
    ("美国总统在海湖庄园接待了来访的首相。", "海湖庄园", ()),
    ("代表团瞻仰了锦绣山太阳宫。", "锦绣山太阳宫", ()),
    ("国际法院在海牙和平宫宣读判决。", "和平宫", ("海牙",)),
    ("欢迎仪式在吉隆坡国家皇宫举行。", "国家皇宫", ("吉隆坡",)),
]


@pytest.mark.parametrize("text,seat,places", _SEATS)
def test_a_seat_where_leaders_meet_is_a_place(text: str, seat: str, places: tuple[str, ...]) -> None:
    found = entity_mentions(text)
    assert "LOCATION" in found.get(seat, set())
    for p in places:
        assert "LOCATION" in found.get(p, set())


# a mission in a city the text glosses in Latin letters (越南驻某市(Latin)总领事馆): the gloss is the city's, inside
# the body's name, which is named without it
_GLOSSED_MISSIONS = [
    ("越南驻洛杉矶(Los Angeles)总领事馆举办了国庆招待会。", "越南驻洛杉矶总领事馆"),
    ("中国驻芝加哥（Chicago）总领事馆官员出席了活动。", "中国驻芝加哥总领事馆"),
    ("中国驻大阪（Osaka）总领事馆发布提醒。", "中国驻大阪总领事馆"),
    ("中国驻清迈(Chiang Mai)总领事馆举行招待会。", "中国驻清迈总领事馆"),
    ("越南驻悉尼（Sydney）总领事馆与当地侨界举行座谈。", "越南驻悉尼总领事馆"),
    ("中國駐洛杉磯(Los Angeles)總領事館今天發表聲明。", "中国驻洛杉矶总领事馆"),
]


@pytest.mark.parametrize("text,body", _GLOSSED_MISSIONS)
def test_a_city_s_latin_gloss_inside_a_mission_s_name(text: str, body: str) -> None:
    found = entity_mentions(text)
    assert "ORG" in found.get(body, set())
    assert not any("(" in m or "（" in m for m in found)


def test_a_glossed_city_before_a_verb_names_no_body() -> None:
    found = entity_mentions("会议在旧金山(San Francisco)举行。")
    assert "LOCATION" in found.get("旧金山", set())
    assert not any(t == {"ORG"} for t in found.values())


# a body read by rule whose name opens with 中非, on a page that reads 中非 as China and Africa elsewhere:
# the pair there is China and Africa too, never the Central African Republic
_PAIRED_BODIES = [
    "中非友谊源远流长。习近平将同南非总统共同主持中非领导人对话会。",
    "中非合作成果丰硕。中非农业合作论坛在海南举行。",
    "中非关系不断深化。中非青年发展论坛在北京开幕。",
]


@pytest.mark.parametrize("text", _PAIRED_BODIES)
def test_a_pair_opening_a_body_s_name_names_no_central_african_republic(text: str) -> None:
    found = entity_mentions(text)
    assert "中非共和国" not in found
    assert "LOCATION" in found.get("非洲", set())


def test_the_central_african_republic_named_in_full_stays() -> None:
    assert "COUNTRY" in entity_mentions("联合国维和部队在中非共和国执行任务。").get("中非共和国", set())


# a count of places in Arabic digits inside what would be a body's name (越南7省祖国阵线): the bodies of several
# places, no one body, as with a count in Chinese numerals (越南四省人民委员会)
_COUNTED_PLACE_BODIES = [
    ("越南祖国阵线与越南7省祖国阵线代表出席了会议。", "7省"),
    ("老挝北部5省人民委员会与云南省签署了合作备忘录。", "5省"),
    ("越南3市政府代表团访问了广西。", "3市"),
]


@pytest.mark.parametrize("text,count", _COUNTED_PLACE_BODIES)
def test_places_counted_in_digits_name_no_body(text: str, count: str) -> None:
    assert not any(count in m for m in entity_mentions(text))


def test_a_body_with_no_count_stays() -> None:
    assert "ORG" in entity_mentions("河内市人民委员会主席会见了客人。").get("河内市人民委员会", set())


# idioms and set phrases that hold a known place's name (万象 Vientiane, 美山 Mỹ Sơn, 长春): no place there
_IDIOMS = [
    ("新年到来，万象更新，两国关系迎来新机遇。", "万象"),
    ("三月的首都春和景明，萬象更新。", "万象"),
    ("这部百科全书包罗万象，深受读者喜爱。", "万象"),
    ("歌曲赞美了祖国的秀美山河。", "美山圣地"),
    ("演出热情歌颂了越南的秀美山川与和平生活。", "美山圣地"),
    ("春回大地，四季长春。", "长春"),
]


@pytest.mark.parametrize("text,place", _IDIOMS)
def test_an_idiom_holding_a_place_s_name_names_no_place(text: str, place: str) -> None:
    assert place not in entity_mentions(text)


@pytest.mark.parametrize("text,place", [("老挝首都万象举行了庆祝活动。", "万象"), ("代表团参观了美山圣地。", "美山圣地")])
def test_the_place_itself_stays(text: str, place: str) -> None:
    assert "LOCATION" in entity_mentions(text).get(place, set())


# a city before a known body's seat only says where the seat is: the seat is named from its body (as 联合国总部
# is), and the city stays a place of its own
_SEATS_PAST_CITIES = [
    ("秘书长在开罗阿盟总部会见了副部长。", "阿盟总部", "开罗"),
    ("会谈在布鲁塞尔欧盟总部举行。", "欧盟总部", "布鲁塞尔"),
    ("外长会议在布鲁塞尔北约总部召开。", "北约总部", "布鲁塞尔"),
    ("部長在雅加達東盟秘書處總部會見秘書長。", "东盟秘书处总部", "雅加达"),
]


@pytest.mark.parametrize("text,seat,city", _SEATS_PAST_CITIES)
def test_a_city_before_a_body_s_seat_is_no_part_of_its_name(text: str, seat: str, city: str) -> None:
    found = entity_mentions(text)
    assert "LOCATION" in found.get(seat, set())
    assert "LOCATION" in found.get(city, set())
    assert city + seat not in found


def test_a_locality_s_own_seat_keeps_its_place() -> None:
    assert "LOCATION" in entity_mentions("会议在老街省会议中心举行。").get("老街省会议中心", set())


# a ministry named by its fields after the holder's first post and 兼 (巴西副总统兼 + 发展、工业、贸易和服务部长):
# one body, named by its fields, no fragment of the last field's
_FIELDS_AFTER_POSTS = [
    ("大使拜会了巴西副总统兼发展、工业、贸易和服务部长。", "发展、工业、贸易和服务部", "服务部"),
    ("斐济副总理兼农业、渔业与林业部长会见了代表团。", "农业、渔业与林业部", "林业部"),
]


@pytest.mark.parametrize("text,body,fragment", _FIELDS_AFTER_POSTS)
def test_a_ministry_of_listed_fields_after_a_joined_post(text: str, body: str, fragment: str) -> None:
    found = entity_mentions(text)
    assert "ORG" in found.get(body, set())
    assert fragment not in found


def test_two_ministries_after_a_joined_post_stay_two() -> None:
    assert not any("外交、国防部" in m for m in entity_mentions("越南副总理兼外交、国防部长出席会议。"))


# sports events named by their region (东南亚运动会, the SEA Games; 欧洲杯): the region is the event's scope, no
# place the story names, as the official gold reads it
_REGION_EVENTS = [
    ("部长出席了第31届东南亚运动会的相关活动。", "东南亚"),
    ("越南體育代表團在東南亞運動會上奪得多枚金牌。", "东南亚"),
    ("杭州亚洲运动会圆满落幕。", "亚洲"),
    ("欧洲杯足球赛吸引了大批球迷。", "欧洲"),
    ("斐济将主办太平洋运动会。", "太平洋"),
]


@pytest.mark.parametrize("text,region", _REGION_EVENTS)
def test_a_sports_event_s_region_is_no_place(text: str, region: str) -> None:
    assert "LOCATION" not in entity_mentions(text).get(region, set())


def test_the_region_told_of_itself_stays() -> None:
    assert "LOCATION" in entity_mentions("东南亚国家经济增长强劲。").get("东南亚", set())
