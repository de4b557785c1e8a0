"""Names on pages from outlets other than the Vietnam News Agency, whose people, bodies and places the
knowledge base does not know (issue 13): a country's one-character short form on a page that names
another country opening with it, bodies of two fields joined by 及 before a post, an agency's dateline
written with a place before it or slashes, a foreign name joined by a dash, a place of many
transliterated characters, and the plain words after a title that name no one. Invented text only."""

from __future__ import annotations

from invented import names as _names
from invented import page_of as _doc
from invented import people as _people


def _roles(text: str) -> set[tuple[str, str]]:
    return {(r.person, r.title) for r in _doc(text).roles}


def test_a_short_form_stands_for_the_country_the_page_names_in_full():
    got = _names("乌兹别克斯坦总统昨日在塔什干会见到访的哈萨克斯坦外长。哈乌两国睦邻友好。")
    assert ("COUNTRY", "乌兹别克斯坦") in got
    assert ("COUNTRY", "乌克兰") not in got
    got = _names("土库曼斯坦外长近日访问北京。中土两国经贸合作稳步推进。")
    assert ("COUNTRY", "土耳其") not in got
    # the default stands where its country is named in full too
    got = _names("乌克兰总理与乌兹别克斯坦总统通电话。中乌两国发表声明。")
    assert ("COUNTRY", "乌克兰") in got


def test_bodies_of_two_fields_joined_by_ji_before_a_post():
    text = "出席者包括运输及物流局局长黄某明、署理环境及生态局局长林某强。"
    got = _names(text)
    assert ("ORG", "运输及物流局") in got
    assert ("ORG", "环境及生态局") in got
    roles = _roles(text)
    assert any(t.endswith("运输及物流局局长") for _, t in roles)
    # two bodies listed with 及 are two, each at the head of its own post
    got = _names("会议由国防部及外交部部长共同主持。")
    assert not any(n.endswith("国防部及外交部") for _, n in got)


def test_an_agency_dateline_with_a_place_before_it_or_slashes():
    got = _names("香港东方通社6月18日电 两国外长在利雅得会晤。")
    assert ("ORG", "香港东方通社") in got
    got = _names("北风通社/阿斯塔纳/5月4日-- 两国总统举行会谈。")
    assert ("ORG", "北风通社") in got
    got = _names("(图片来源:新华社) 南海评论社北京9月1日电/据报道,会议闭幕。")
    assert ("ORG", "南海评论社") in got


def test_a_foreign_name_joined_by_a_dash_after_a_title():
    got = _people("智利外长拉斯塔—贝尔蒙多访华期间将同中方举行会谈。")
    assert "拉斯塔—贝尔蒙多" in got
    # a dash between a country and a region names no one
    assert not _people("中国—中亚合作论坛在西安开幕。")


def test_a_place_of_many_transliterated_characters():
    got = _names("墨西哥奇瓦瓦塔纳州州长到访,乍得东北部恩内迪塔区遭遇洪灾。")
    assert ("LOCATION", "奇瓦瓦塔纳州") in got
    assert ("LOCATION", "恩内迪塔区") in got
    # 区 after a plain word is no place
    assert not any(n.endswith("地区") or n.endswith("社区") for _, n in _names("该地区和社区受灾严重。"))


def test_plain_words_after_a_title_name_no_one():
    got = _people("吴总统任内首度出访。外交部向各方传达总统的关切。")
    assert not got & {"任内首度", "方传达"}
    got = _people("美国总统萨比勒最近访问墨西哥。")
    assert "萨比勒" in got
    got = _people("海湾航运公司董事局主席郑某成出席。")
    assert "董事局" not in got


def test_a_surname_kept_in_its_own_character():
    got = _people("其后,规划局局长甯某豪陪同考察。")
    assert "甯某豪" in got


def test_a_known_name_inside_a_longer_transliterated_one_after_a_title():
    # 拉莫拉 and 卡特 are other men the knowledge base knows: here they are parts of longer names
    got = _people("智利经济部副部长德拉莫拉以视频方式出席会议。")
    assert "德拉莫拉" in got and "拉莫拉" not in got
    got = _people("美国总统卡特勒最近访问墨西哥。")
    assert "卡特勒" in got
    # the known name alone stands
    assert "卡特" in _people("美国前总统卡特访问中国。")


def test_transliteration_characters_of_lao_malay_and_central_asian_names():
    got = _people("万象省省长坎吞表示,两省合作良好。马来西亚国防部长阿末沙里说,会谈顺利。")
    assert {"坎吞", "阿末沙里"} <= got
    got = _people("吉尔吉斯斯坦外长卡兹别科夫会见中国大使。")
    assert "卡兹别科夫" in got


def test_a_malay_honour_before_a_name_is_no_part_of_it():
    got = _people("马来西亚财政部长东姑阿兹曼出席会议。")
    assert "阿兹曼" in got


def test_a_ministry_of_fields_joined_by_he_before_its_post():
    text = "智利工业外贸和服务部副部长马塞洛·阿尔塔签署备忘录。"
    assert ("ORG", "智利工业外贸和服务部") in _names(text)
    # a post before 和 belongs to its own holder: no body runs over it
    got = _names("政治局委员和中央对外部部长出席会议。")
    assert not any("委员和" in n for _, n in got)


def test_a_verb_of_holding_after_a_name_ends_it():
    got = _people("驻多哥大使钱明举办到任招待会。")
    assert "钱明" in got


def test_a_capital_named_after_the_word_that_introduces_it():
    got = _names("总统周五在首都巴兰基亚会见来访的外长。")
    assert ("LOCATION", "巴兰基亚") in got
    # a plain word after it names no place
    assert not any(t == "LOCATION" for t, _ in _names("首都各界群众在首都机场迎接。"))


def test_a_long_transliterated_name_before_a_verb_of_calling():
    got = _people("主席同乌拉圭总统巴尔德穆哈梅多通电话。")
    assert "巴尔德穆哈梅多" in got
    got = _people("主席同土库曼斯坦总统别尔德穆哈梅多夫通电话。")
    assert "别尔德穆哈梅多夫" in got


def test_a_lao_governor_and_a_post_before_a_form_of_address():
    got = _people("华潘省方面,省委书记、省长坎平同志以及省委常委同志等热情欢迎代表团。")
    assert "坎平" in got
    assert "常委" not in got


def test_provinces_in_general_are_no_place():
    got = _names("义安省与老挝接壤省份都组团开展交流活动。")
    assert not any(n.endswith("省份") or n == "接壤省" for _, n in got)


def test_a_surname_that_is_also_a_preposition_before_a_rank():
    got = _people("国防部副部长会见中国驻越国防副武官于明上校。")
    assert "于明" in got
    assert not any(n.startswith("于上") for n in _people("部长于上周会见大使。"))


def test_the_west_is_no_countrys_side():
    got = _names("俄罗斯卫星网等西方媒体也密集报道了这次访问。")
    assert ("COUNTRY", "西班牙") not in got


def test_a_joint_body_with_words_between_the_pair_and_its_word():
    got = _names("双方宣传越柬陆界联委会会议纪要,并继续扩展越韩工业园区。")
    assert ("ORG", "越柬陆界联委会") in got
    assert ("ORG", "越韩工业园区") in got


def test_an_agency_after_a_slash_closing_a_captions_line():
    got = _names("图:代表团起立庆祝\\东风社\n\n会议在纽约举行。")
    assert ("ORG", "东风社") in got


def test_a_council_named_by_its_short_word_after_its_body():
    got = _names("该决议在非洲联盟安理会获得通过。")
    assert ("ORG", "非洲联盟安理会") in got


def test_an_intergovernmental_joint_committee_between_two_partners():
    got = _names("越南-智利政府间联合委员会第五次会议在河内举行。")
    assert ("ORG", "越南-智利政府间联合委员会") in got
    # a place before 联合 names no body of its own there
    got = _names("越南谅山省与中国广西壮族自治区联合工作委员会召开会议。")
    assert not any(n.startswith("广西") and n.endswith("委员会") for _, n in got)


def test_an_outlet_opening_a_dateline_or_the_path_to_the_page():
    got = _names("东方新闻网上海9月2日电 两国举行会谈。")
    assert ("ORG", "东方新闻网") in got
    got = _names("您当前的位置 :星光中文网>资讯频道 > 国内 > 正文\n\n外交部发言人答记者问。")
    assert ("ORG", "星光中文网") in got


def test_an_outlets_initials_in_brackets_opening_a_paragraph():
    got = _names("(XYZ)越南外交部发言人指出,双方会谈顺利。")
    assert ("ORG", "XYZ") in got
    # initials inside a sentence are left to what the text says of them
    assert ("ORG", "ABC") not in _names("双方同意推进合作(ABC)机制。")


def test_a_suffix_that_is_a_verb_after_a_body_and_international_organisations_in_general():
    got = _names("由肯尼亚外交部组织的考察活动在内罗毕开幕。")
    assert ("ORG", "肯尼亚外交部") in got
    assert not any(n.endswith("外交部组织") for _, n in got)
    got = _names("境外驻胡志明市国际组织代表出席见面会。")
    assert not any(n.endswith("国际组织") for _, n in got)


def test_a_given_name_ending_in_a_one_character_stop_before_punctuation():
    got = _people("人大外事委员会副主任委员傅明应,外交部副部长孙某东出席。")
    assert "傅明应" in got
    # 应邀 is the verb after the name
    assert "王某" in _people("部长王某应邀访问越南。")


def test_an_agencys_photo_credit_after_a_captions_sentence():
    got = _names("两国领导人同意着手准备纪念活动。东风新社资料照\n\n他们随后举行会谈。")
    assert ("ORG", "东风新社") in got


def test_japanese_family_names_of_two_characters():
    got = _people("日本防卫大臣松野健会见越南国防部长。日本外务副大臣秋叶贤治表示欢迎。")
    assert {"松野健", "秋叶贤治"} <= got
