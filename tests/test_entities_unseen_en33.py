"""(en33) Entities on unseen pages, on invented sentences (probe grids, /work/notes/s7/en33/probes.md)."""

from __future__ import annotations

import pytest

from invented import entity_mentions, names

# a country's government dated by a word of time (新, 现, 本届, 新一届) still stands for the country, as
# 越南政府 does in the official gold: no body named 某国新政府
_DATED_GOVERNMENTS = [
    ("柬埔寨新政府上台后推动了多项改革。", "柬埔寨", "柬埔寨新政府"),
    ("泰國新政府成立後，兩國關係進一步發展。", "泰国", "泰国新政府"),
    ("日本现政府的政策受到批评。", "日本", "日本现政府"),
    ("菲律宾现任政府重视对华关系。", "菲律宾", "菲律宾现任政府"),
    ("韓國新政府表示將改善對外關係。", "韩国", "韩国新政府"),
]


@pytest.mark.parametrize("text,country,body", _DATED_GOVERNMENTS)
def test_a_dated_government_is_its_country(text: str, country: str, body: str) -> None:
    found = names(text)
    assert ("COUNTRY", country) in found
    assert not any(n == body for _, n in found)


def test_a_bare_new_government_stays_no_country_of_its_own() -> None:
    # (新 alone is no country: 新政府 opening a sentence is the page's government, never Singapore's)
    assert ("COUNTRY", "新加坡") not in names("新政府将继续推动改革。")


# a one-character stop word (同, 和) never stands right before a middle dot: there it is the last character of
# a transliterated first part (Lao and Thai names: 普同·某某, 坎同·某某), no "with" that ends the name before it
_STOP_BEFORE_DOT = [
    ("老挝教育部副部长普同·西拉在捐赠仪式上表示，感谢中方。", "普同·西拉"),
    ("老挝副部长坎同·西萨出席了仪式。", "坎同·西萨"),
    ("普同·西拉在会上说，两国合作很重要。", "普同·西拉"),
    ("大使会见了坎同·西萨一行。", "坎同·西萨"),
    ("老撾駐華大使坎和·沙耶出席招待會。", "坎和·沙耶"),
]


@pytest.mark.parametrize("text,person", _STOP_BEFORE_DOT)
def test_a_stop_right_before_a_dot_is_the_name_s(text: str, person: str) -> None:
    assert ("PERSON", person) in names(text)


def test_a_stop_after_a_dotted_name_still_ends_it() -> None:
    found = names("双方代表通伦·西苏同越方举行了会谈。")
    assert ("PERSON", "通伦·西苏") in found


# a bracketed byline: the outlet, a slash, the reporter (the opening of Taiwan's and Hong Kong's press)
_BYLINES = [
    ("【財訊快報/王志明】日本首相將於下週訪問越南。", "王志明", "财讯快报"),
    ("【經濟日報/郭子健】泰國政府宣布新政策。", "郭子健", "经济日报"),
    ("【中時新聞網/吳俊傑】韓國總統將訪問中國。", "吴俊杰", None),
    ("【聯合新聞網/許家豪】新加坡總理將訪問北京。", "许家豪", None),
    ("〔某某晚報/周立人〕菲律賓總統出席論壇。", "周立人", "某某晚报"),
]


@pytest.mark.parametrize("text,reporter,outlet", _BYLINES)
def test_a_bracketed_byline_names_its_reporter(text: str, reporter: str, outlet: str | None) -> None:
    found = names(text)
    assert ("PERSON", reporter) in found
    if outlet is not None:
        assert ("ORG", outlet) in found


@pytest.mark.parametrize("text", [
    "〔國際新聞中心/綜合報導〕越南總理將訪問日本。",
    "【今日新闻网/综合报导】泰国政府宣布新政策。",
    "【新華社/路透社】美國國務卿將出訪亞洲。",
])
def test_a_desk_or_a_second_outlet_is_no_reporter(text: str) -> None:
    assert not any(t == "PERSON" for t, _ in names(text))


# a plain word that ends inside a known place opening on its last character (双边 + 和: no 边和; 电视台 + 中央:
# no 台中): the place is none, and the name read from the word's end stands
_OPENED_ACROSS = [
    ("合作平台中方将继续支持。", "台中", ("COUNTRY", "中国")),
    ("双方愿在双边和三方层面加强合作。", "边和", None),
    ("多边和双边合作不断深化。", "边和", None),
    ("這家電視台中央新聞組報道了此事。", "台中", None),
]


@pytest.mark.parametrize("text,crossed,after", _OPENED_ACROSS)
def test_a_word_ending_inside_a_place_leaves_no_place(text: str, crossed: str,
                                                     after: tuple[str, str] | None) -> None:
    found = names(text)
    assert not any(n == crossed for _, n in found)
    if after is not None:
        assert after in found


@pytest.mark.parametrize("text,kept", [
    ("土耳其中部发生强烈地震。", ("COUNTRY", "土耳其")),
    ("中东局势持续紧张。", ("LOCATION", "中东")),
    ("越南边和市举行纪念活动。", ("LOCATION", "边和")),
    ("台中市长出席了活动。", ("LOCATION", "台中")),
])
def test_the_places_stand_where_no_word_ends_inside_them(text: str, kept: tuple[str, str]) -> None:
    assert kept in names(text)


# constituent countries and regions of states that world news names (survey lists), Simplified and Traditional
_REGIONS_ABROAD = [
    ("北爱尔兰首席部长出席了活动。", "北爱尔兰"),
    ("英國蘇格蘭首席部長訪問中國。", "苏格兰"),
    ("西班牙加泰罗尼亚地区举行集会。", "加泰罗尼亚"),
    ("西班牙巴斯克地区发生骚乱。", "巴斯克地区"),
    ("苏丹达尔富尔地区局势紧张。", "达尔富尔"),
    ("巴基斯坦开伯尔-普什图省发生袭击事件。", "开伯尔-普什图省"),
    ("印尼北苏门答腊省发生地震。", "北苏门答腊省"),
    ("菲律賓民答那峨島發生洪災。", "棉兰老岛"),
    ("俄罗斯北高加索地区举行演习。", "北高加索"),
    ("货轮绕行好望角抵达欧洲。", "好望角"),
]


@pytest.mark.parametrize("text,place", _REGIONS_ABROAD)
def test_a_region_abroad_is_a_place(text: str, place: str) -> None:
    assert ("LOCATION", place) in names(text)


def test_northern_ireland_is_no_ireland() -> None:
    assert ("COUNTRY", "爱尔兰") not in names("北爱尔兰首席部长出席了活动。")


# both sides agreeing to build or strengthen something (双方一致同意建立…): the bare bodies in it are both
# sides' bodies, none of one country (the official gold names none); after a Vietnamese dateline, where a bare
# body is otherwise Vietnam's
_BOTH_SIDES = [
    ("越通社河内——双方一致同意建立财政部、外交部间的定期磋商机制。", ("外交部", "财政部")),
    ("越通社河内——双方同意进一步加强政府、国会和各地方的交往。", ("国会",)),
    ("越通社河内——双方同意加强外交部、公安部之间的合作。", ("外交部", "公安部")),
    ("越通社河内——两国同意恢复国防部之间的热线。", ("国防部",)),
    ("越通社河内——雙方同意進一步加強外交部之間的磋商。", ("外交部",)),
]


@pytest.mark.parametrize("text,words", _BOTH_SIDES)
def test_the_bodies_both_sides_agree_on_are_no_one_country_s(text: str, words: tuple[str, ...]) -> None:
    found = entity_mentions(text)
    assert not any(w in found for w in words)


@pytest.mark.parametrize("text", ["越通社河内——双方在外交部举行会谈。", "越通社河内——外交部发言人表示，双方同意加强合作。"])
def test_a_bare_body_outside_what_both_sides_agree_on_stays(text: str) -> None:
    assert "外交部" in entity_mentions(text)


# the coast after a sea's or a region's name: 东海 + 岸 is the east coast, no sea; a sea's bank stays the sea
@pytest.mark.parametrize("text,crossed", [
    ("马来西亚东海岸铁路项目进展顺利。", "东海"),
    ("南海岸地区遭遇台风袭击。", "南海"),
    ("成功推動東海岸鐵路等多個項目。", "东海"),
])
def test_a_coast_is_no_sea(text: str, crossed: str) -> None:
    assert not any(n == crossed for _, n in names(text))


@pytest.mark.parametrize("text,kept", [
    ("游客在黑海岸边度假。", ("LOCATION", "黑海")),
    ("象牙海岸总统出席了会议。", ("COUNTRY", "科特迪瓦")),
    ("东海局势总体保持稳定。", ("LOCATION", "东海")),
])
def test_a_sea_s_bank_and_names_holding_the_coast_stay(text: str, kept: tuple[str, str]) -> None:
    assert kept in names(text)


# 马华, the short name of the Malaysian Chinese Association in Malaysia's press; the words of the Chinese abroad
# that cross it (旅马 + 华侨, 在马 + 华人, 马 + 华文) leave no party
@pytest.mark.parametrize("text", ["马华总会长魏某某表示欢迎。", "马华与中共举行了党际会谈。", "據報道，馬華將派團訪問北京。"])
def test_ma_hua_is_the_party(text: str) -> None:
    found = names(text)
    assert ("ORG", "马华公会") in found
    assert not any(t == "PERSON" and n == "马华" for t, n in found)


@pytest.mark.parametrize("text", ["旅马华侨捐款支援灾区。", "在马华人社会积极参与。", "马华文学研讨会在吉隆坡举行。"])
def test_the_chinese_abroad_are_no_party(text: str) -> None:
    assert ("ORG", "马华公会") not in names(text)


# the holder of a post whose name has a Vietnamese shape (氏 after the surname) makes the bare body the post
# opens Vietnam's, on a Chinese page too
_VIETNAMESE_HOLDERS = [
    ("王毅会见了外交部副部长黎氏秋。", "越南外交部", "中国外交部"),
    ("李强会见了国会副主席杜氏红一行。", "越南国会", None),
    ("中联部部长会见了中央对外部副部长阮氏芳。", "越共中央对外部", None),
    ("王毅會見了中央組織部部長黎氏秋。", "越共中央组织部", "中共中央组织部"),
    ("习近平会见了中央书记处书记阮氏兰率领的代表团。", "越共中央书记处", "中共中央书记处"),
]


@pytest.mark.parametrize("text,body,not_body", _VIETNAMESE_HOLDERS)
def test_a_vietnamese_holder_makes_the_body_vietnam_s(text: str, body: str, not_body: str | None) -> None:
    found = names(text)
    assert ("ORG", body) in found
    assert not_body is None or ("ORG", not_body) not in found


def test_a_chinese_holder_keeps_the_body_china_s() -> None:
    assert ("ORG", "中共中央组织部") in names("新华社北京3月5日电 王毅会见了中央组织部部长陈某某。")


# a ministry named by its fields listed with 、 (and 和/与/及 before the last) after its country: one body
_FIELD_MINISTRIES = [
    ("所罗门群岛警察、国家安全与惩戒部部长出席了会议。", "所罗门群岛警察、国家安全与惩戒部"),
    ("斐济农业、渔业与林业部长出席了签约仪式。", "斐济农业、渔业与林业部"),
    ("汤加外交、贸易和旅游部官员出席了活动。", "汤加外交、贸易和旅游部"),
    ("巴西发展、工业、贸易和服务部长会见了大使。", "巴西发展、工业、贸易和服务部"),
]


@pytest.mark.parametrize("text,body", _FIELD_MINISTRIES)
def test_a_ministry_of_listed_fields_is_one_body(text: str, body: str) -> None:
    found = names(text)
    assert ("ORG", body) in found
    assert not any(t == "ORG" and n != body and body.endswith(n) for t, n in found)


@pytest.mark.parametrize("text", ["越南农业、工业和服务业发展迅速。", "中央书记处书记、中央宣教部部长出席。",
                                  "斐济外交、国防部派员出席。"])
def test_fields_that_are_no_ministry_s_name_stay_apart(text: str) -> None:
    assert not any("、" in n for _, n in names(text))


# a count with its measure word right after a listed name closes it (阮某、武氏某 + 两所 + 学校): no 武氏某两
@pytest.mark.parametrize("text,person", [
    ("代表团访问了阮文山、武氏兰两所学校。", "武氏兰"),
    ("阮文山、武氏兰两位代表出席了会议。", "武氏兰"),
    ("阮文山、武氏兰两人出席了会议。", "武氏兰"),
])
def test_a_count_closes_the_last_listed_name(text: str, person: str) -> None:
    found = names(text)
    assert ("PERSON", person) in found
    assert not any(t == "PERSON" and n.startswith(person) and n != person for t, n in found)


# after a Malaysian or Bruneian honour (拿督斯里, 丹斯里, 拿督) the name it vouches for may hold characters outside
# the transliteration table (安然) where a stop word, a title or punctuation closes two or three of them
@pytest.mark.parametrize("text,person", [
    ("外交部秘书长拿督斯里安然及高级专员出席了会议。", "安然"),
    ("首相拿督斯里安然表示欢迎。", "安然"),
    ("部长拿督斯里林冠英出席了仪式。", "林冠英"),
])
def test_an_honour_vouches_for_a_short_name(text: str, person: str) -> None:
    assert ("PERSON", person) in names(text)


@pytest.mark.parametrize("text", ["总会长拿督斯里表示欢迎。", "部长拿督斯里出席了会议。", "部长拿督斯里在会上致辞。"])
def test_an_honour_before_a_verb_names_no_one(text: str) -> None:
    assert not any(t == "PERSON" for t, _ in names(text))
