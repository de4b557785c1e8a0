"""(en29) Entities on unseen pages, on invented sentences (probe grids, /work/notes/s7/en29/probes.md):
a place read by its word never opens inside the verb before it (抵达 + 某某国际机场); a known place
whose name opens on the last character of a verb of arrival is none, and the name after the verb is
read (抵达 + 卡塔尔, no 达卡); a verb of setting up an office between a place and the office's word
ends the name (在某市 + 建立 + 领事馆)."""

from __future__ import annotations

import pytest

from invented import entity_mentions

# an unknown place after a verb of arrival whose last character is a transliteration character
_ARRIVED_AT = [
    ("代表团当天上午抵达诺伊拜国际机场，受到热烈欢迎。", "诺伊拜国际机场"),
    ("總統專機抵達基加利國際機場。", "基加利国际机场"),
    ("外长一行抵达阿尔梅尼亚市访问。", "阿尔梅尼亚市"),
    ("代表团到达马德望省后参观了水利工程。", "马德望省"),
    ("越南代表团抵达占巴塞省，受到省长迎接。", "占巴塞省"),
    ("副首相昨日抵达沙巴州视察灾情。", "沙巴州"),
]


@pytest.mark.parametrize("text,place", _ARRIVED_AT)
def test_a_place_read_by_its_word_opens_after_the_verb(text: str, place: str) -> None:
    found = entity_mentions(text)
    assert "LOCATION" in found.get(place, set())
    assert not any(m.startswith("达") and m.endswith(place) for m in found)


# a known place after 抵达/到达 whose first character a known place (达卡) would take from the verb
_AFTER_ARRIVAL = [
    ("埃米尔专机抵达卡塔尔首都多哈。", "卡塔尔", "COUNTRY"),
    ("代表团抵达卡拉奇，开始对巴基斯坦的访问。", "卡拉奇", "LOCATION"),
    ("国王一行抵达卡萨布兰卡。", "卡萨布兰卡", "LOCATION"),
    ("總統抵達卡加利出席峰會。", None, None),
    ("货轮抵达卡利梅特港卸货。", None, None),
]


@pytest.mark.parametrize("text,name,typ", _AFTER_ARRIVAL)
def test_no_known_place_opens_inside_a_verb_of_arrival(text: str, name: str | None, typ: str | None) -> None:
    found = entity_mentions(text)
    assert "达卡" not in found
    if name is not None:
        assert typ in found.get(name, set())
    # the known place the verb runs into is still read where the verb shares none of it (抵达 + 达卡)
    assert "LOCATION" in entity_mentions(text + "外长抵达达卡，开始访问孟加拉国。").get("达卡", set())


# a verb of setting up between a place and an office's word: the office is no body of that name
_SET_UP = [
    ("双方同意在岘港市建立领事馆。", "岘港"),
    ("越方感谢中方同意越南在广州建立总领事馆。", "广州"),
    ("中方将在釜山新建总领事馆。", "釜山"),
    ("该协会在吉隆坡成立办事处。", "吉隆坡"),
    ("两国同意在成都设立总领事馆。", "成都"),
    ("该公司计划在河内开设办事处。", "河内"),
]


@pytest.mark.parametrize("text,place", _SET_UP)
def test_a_verb_of_setting_up_ends_the_body_name(text: str, place: str) -> None:
    found = entity_mentions(text)
    assert not any(m.startswith(place) and m.endswith(("领事馆", "办事处")) for m in found)
    assert any(place in m for m in found)
    # a mission named by its place is still read whole, a verb of setting up after it or not
    found = entity_mentions(text + "越南驻岘港总领事馆举行招待会。中国驻宿务总领事馆建立二十年来成果丰硕。")
    assert "ORG" in found.get("越南驻岘港总领事馆", set())
    assert "ORG" in found.get("中国驻宿务总领事馆", set())


# an overseas Chinese chamber, hall or hospital: 中华 opens on the stop 中 inside the body's name
_CHINESE_BODIES = [
    ("新加坡中华总商会代表团访问越南。", "新加坡中华总商会"),
    ("泰国中华总商会主席会见了中国大使。", "泰国中华总商会"),
    ("菲律賓中華總商會舉行就職典禮。", "菲律宾中华总商会"),
    ("柬埔寨中华总商会与中国企业签署合作协议。", "柬埔寨中华总商会"),
    ("越南中华商会成员参加了活动。", "越南中华商会"),
    ("新加坡中华医院获得捐款。", "新加坡中华医院"),
]


@pytest.mark.parametrize("text,body", _CHINESE_BODIES)
def test_a_body_name_reads_on_over_zhonghua(text: str, body: str) -> None:
    assert "ORG" in entity_mentions(text).get(body, set())


# a hotel or guesthouse named by its own word after 在/于: a place; a hotel said without its name: none
_HOTELS = [
    ("对话会于香格里拉酒店开幕，多国防长与会。", "香格里拉酒店"),
    ("論壇在凱賓斯基飯店舉行，逾百人出席。", "凯宾斯基饭店"),
    ("晚宴在西湖迎宾馆举行。", "西湖迎宾馆"),
    ("两国外长在万豪酒店举行会谈。", "万豪酒店"),
    ("會議在麗思卡爾頓酒店舉行。", "丽思卡尔顿酒店"),
    ("宴会在金陵饭店举行。", "金陵饭店"),
]
_NO_HOTEL_NAMED = ("招待会在一家五星级酒店举行。代表团在当地酒店举行了新闻发布会。总理在下榻酒店会见了华侨代表。"
                   "外长在所住酒店接受了采访。会议在市中心酒店举行。在国际酒店行业协会的支持下举办了活动。")


@pytest.mark.parametrize("text,hotel", _HOTELS)
def test_a_hotel_named_after_zai_is_a_place(text: str, hotel: str) -> None:
    assert "LOCATION" in entity_mentions(text).get(hotel, set())
    found = entity_mentions(text + _NO_HOTEL_NAMED)
    assert not any(m.endswith("酒店") and m != hotel for m in found)


# a ministry whose fields 及 joins, as Singapore's and Malaysia's are named: one body up to its 部
_JI_MINISTRIES = [
    ("马来西亚投资贸易及工业部部长率团访华。", "马来西亚投资贸易及工业部"),
    ("新加坡社会及家庭发展部部长出席了活动。", "新加坡社会及家庭发展部"),
    ("马来西亚通讯及数码部部长出席了论坛。", "马来西亚通讯及数码部"),
    ("文莱初级资源及旅游部与中方签署谅解备忘录。", "文莱初级资源及旅游部"),
]


@pytest.mark.parametrize("text,body", _JI_MINISTRIES)
def test_ji_joins_two_fields_of_one_ministry(text: str, body: str) -> None:
    assert "ORG" in entity_mentions(text).get(body, set())
    # 及 between two bodies still parts them (越南外交部 + 及 + 老挝外交部)
    found = entity_mentions(text + "越南外交部及老挝外交部官员出席了会议。")
    assert "越南外交部" in found and not any(m.startswith("越南外交部及") for m in found)


# a military unit named by its number: one body, and no company named by 集团 inside 集团军
_UNITS = [
    ("陆军第七十四集团军官兵参加了演习。", "陆军第七十四集团军"),
    ("第八十一集团军某旅参加了联合训练。", "第八十一集团军"),
    ("海军第二舰队官兵参观了军舰。", "海军第二舰队"),
    ("来自第七十三集团军的官兵参加了比赛。", "第七十三集团军"),
]


@pytest.mark.parametrize("text,unit", _UNITS)
def test_a_numbered_unit_is_one_body(text: str, unit: str) -> None:
    found = entity_mentions(text)
    assert "ORG" in found.get(unit, set())
    assert not any(m.endswith("集团") for m in found)


# a diplomat's rank in its short form, and a ministry's counsellor, before the name: a post
_RANKS = [
    ("外交部参事孙悦陪同出席。", "孙悦"),
    ("使馆一秘王刚介绍了有关情况。", "王刚"),
    ("二秘李敏出席了活动。", "李敏"),
    ("三秘赵岩陪同参观。", "赵岩"),
]


@pytest.mark.parametrize("text,name", _RANKS)
def test_a_short_diplomatic_rank_introduces_a_name(text: str, name: str) -> None:
    assert "PERSON" in entity_mentions(text).get(name, set())


# the first sentence after an agency's dateline: the country that opens it owns its bare bodies
_AFTER_DATELINE = [
    ("新华社万象3月5日电 老挝将于下月举行大选，外交部发言人表示欢迎国际观察员。", "老挝外交部", "中国外交部"),
    ("越通社曼谷—— 泰国政府决定延长签证豁免期，外交部将发布细则。", "泰国外交部", "越南外交部"),
    ("中新网3月5日电 柬埔寨计划扩大军事合作，国防部官员透露了细节。", "柬埔寨国防部", "中国国防部"),
    ("人民网仰光6月2日电 缅甸宣布将举行和平会议，外交部发言人作了介绍。", "缅甸外交部", "中国外交部"),
    ("新华社首尔4月8日电 韩国将于明年举行大选，国会将审议相关法案。", "韩国国会", "中国全国人大"),
]


@pytest.mark.parametrize("text,body,other", _AFTER_DATELINE)
def test_the_subject_after_a_dateline_owns_the_bare_bodies(text: str, body: str, other: str) -> None:
    found = entity_mentions(text)
    assert "ORG" in found.get(body, set())
    assert other not in found
    # the outlet's own body where the sentence after the dateline names no country
    assert "ORG" in entity_mentions("新华社北京3月5日电 外交部发言人今天表示，中方欢迎各方对话。").get("中国外交部", set())


# a ministry's field whose first character is a surname, before the minister's post in a list: no person
_FIELDS = [
    ("智利总统率领的代表团成员包括外交部长和农业部长。", "农业"),
    ("代表团成员包括外交部长和文化部长。", "文化"),
    ("出席会议的有外交部长和司法部长。", "司法"),
    ("陪同人员有总理和农村发展部长。", "农村"),
]


@pytest.mark.parametrize("text,field", _FIELDS)
def test_a_ministry_field_before_a_post_is_no_person(text: str, field: str) -> None:
    found = entity_mentions(text)
    assert "PERSON" not in found.get(field, set())
    # a name after a post in the same kind of list is still read
    assert "PERSON" in entity_mentions(text + "出席会议的还有部长助理王林。").get("王林", set())


# a country ending in 国 before a word that opens with 庆 (庆祝, 庆典, 庆州): no 国庆 drops the country
_COUNTRY_BEFORE_QING = [
    ("泰国庆祝国王寿辰的活动在曼谷举行。", "泰国"),
    ("英国庆典活动吸引了大批游客。", "英国"),
    ("美国庆祝独立日，国务卿发表声明。", "美国"),
    ("法國慶祝國慶日，總統出席閱兵。", "法国"),
    ("韩国庆尚北道代表团访问越南。", "韩国"),
    ("峰会将于今年在韩国庆州举行。", "韩国"),
]


@pytest.mark.parametrize("text,country", _COUNTRY_BEFORE_QING)
def test_a_country_before_qing_stays(text: str, country: str) -> None:
    found = entity_mentions(text)
    assert "COUNTRY" in found.get(country, set())
    assert not any(m.endswith(("国庆州", "國慶州")) for m in found)
    # 国庆 + 和 is still no 庆和 (a province's name): the crossing word holds where no breaker follows
    assert "庆和" not in entity_mentions(text + "越南驻华大使馆举行国庆和建交纪念招待会。")


# a birthday's or anniversary's word right after a post, opening on a surname: no person
_OCCASIONS = [
    ("泰国各地庆祝国王寿辰。", "寿辰"),
    ("柬埔寨各地庆祝太后寿诞。", "寿诞"),
    ("侨界祝贺国王华诞。", "华诞"),
]


@pytest.mark.parametrize("text,word", _OCCASIONS)
def test_an_occasion_after_a_post_is_no_person(text: str, word: str) -> None:
    assert "PERSON" not in entity_mentions(text).get(word, set())
    # the ruler named after the same post is still read
    assert "PERSON" in entity_mentions(text + "泰国国王哇集拉隆功出席了仪式。").get("哇集拉隆功", set())


# a ministry in a list of several people's posts (、 after the last holder's name): the country the
# sentence opens with owns it, as it owns the first post's
_LISTED_POSTS = [
    ("秘鲁代表团成员包括外长冈萨雷斯、财政部长门多萨等。", "秘鲁财政部"),
    ("危地马拉代表团成员包括议长里维拉、财政部长冈萨雷斯等。", "危地马拉财政部"),
    ("乌拉圭代表团成员包括外长卡瓦略、财政部长奥迪等。", "乌拉圭财政部"),
]


@pytest.mark.parametrize("text,body", _LISTED_POSTS)
def test_a_ministry_listed_after_a_name_is_the_lists_country(text: str, body: str) -> None:
    assert "ORG" in entity_mentions(text).get(body, set())
    # one person's chain of posts (委员、外交部长) still leaves the later link to the chain's readers
    found = entity_mentions(text + "越共中央政治局委员、外交部长裴青山出席。")
    assert "越南外交部" in found or "外交部" in found


# a ministry the KB does not file, at the head of a listed member's post: the sentence's country owns it,
# and the words that open the list are no part of its name
_DELEGATION_MINISTRIES = [
    ("智利代表团成员有外长范克拉韦伦、能源部长皮纳多。", "智利能源部"),
    ("肯尼亚代表团包括外交部长穆达瓦迪、能源部长瓦姆布古。", "肯尼亚能源部"),
    ("塞拉利昂代表团包括外长卡巴、能源部长科罗马等。", "塞拉利昂能源部"),
]


@pytest.mark.parametrize("text,body", _DELEGATION_MINISTRIES)
def test_a_listed_ministry_takes_the_sentence_country(text: str, body: str) -> None:
    found = entity_mentions(text)
    assert "ORG" in found.get(body, set())
    assert "能源部" not in found or body.endswith("能源部") and "ORG" in found.get(body, set())
    found = entity_mentions(text + "古巴代表团成员有外贸外资部长卡夫雷萨斯等。")
    assert not any(m.startswith(("团成员", "古巴团成员")) for m in found)


# a country's one-character form opening a post where it stands alone (美防长, 日外相): the country;
# a 日 of a day, or a form inside a word, is none
_FORM_BEFORE_POST = [
    ("美防长赫格塞思出席香格里拉对话会。", "美国"),
    ("日外相岩屋毅会见中方代表。", "日本"),
    ("韩外长赵兑烈访问北京。", "韩国"),
    ("法总统马克龙将访问越南。", "法国"),
    ("会后，泰外长玛里会见柬埔寨外长。", "泰国"),
    ("中方与美国务卿鲁比奥举行会谈。", "美国"),
]
_NO_FORM = "外交部发言人说5日外长会晤如期举行。今日外长会议在河内举行。周日外长们将会晤。欧美总统级官员出席了会议。"


@pytest.mark.parametrize("text,country", _FORM_BEFORE_POST)
def test_a_short_form_opening_a_post_is_the_country(text: str, country: str) -> None:
    assert "COUNTRY" in entity_mentions(text).get(country, set())
    found = entity_mentions(_NO_FORM)
    assert "日本" not in found and "美国" not in found
