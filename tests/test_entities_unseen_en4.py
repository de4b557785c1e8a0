"""Names and bodies on pages from outlets outside the region (issue 13, s3 round 4): a given name
ending in 中 (a one-character stop word elsewhere). Invented text only."""

from __future__ import annotations

from invented import names as _names
from invented import page_of as _doc


def _roles(text: str) -> set[tuple[str, str]]:
    return {(r.person, r.title) for r in _doc(text).roles}


def test_a_given_name_ending_in_zhong_before_a_one_character_stop():
    got = _names("新任驻智利大使刘志中向智方递交国书副本。")
    assert ("PERSON", "刘志中") in got
    assert ("PERSON", "刘志") not in got


def test_a_given_name_ending_in_zhong_before_a_verb():
    got = _names("驻秘鲁大使马建中出席招待会并致辞。")
    assert ("PERSON", "马建中") in got


def test_zhong_after_a_plain_word_is_no_name():
    got = _names("会见中，双方就合作交换了意见。")
    assert not any(t == "PERSON" for t, _ in got)


def test_a_dotted_name_ends_before_a_verb_of_help():
    got = _names("老挝副总理坎蓬·西帕敦协助推动万象和琅勃拉邦的合作项目。")
    assert ("PERSON", "坎蓬·西帕敦") in got
    assert not any(t == "PERSON" and "协助" in n for t, n in got)


def test_a_committee_named_with_its_level_word_twice_is_the_short_form():
    got = _names("越共中央委员、广平省省委书记阮某某出席会议。")
    assert ("ORG", "广平省委") in got


def test_a_delegation_head_after_a_legislature_keeps_the_chain_of_posts():
    roles = _roles("越共中央委员、北宁省委书记、国会代表团团长阮某某出席会议。")
    assert ("阮某某", "北宁省委书记") in roles
    assert ("阮某某", "越共中央委员") in roles
    assert ("阮某某", "团长") not in roles


def test_a_span_time_word_after_a_post_is_no_name():
    got = _names("泰国、老挝外长周内访华。")
    assert not any(t == "PERSON" for t, _ in got)


def test_a_transliterated_name_whose_tail_is_a_city_is_one_name():
    got = _names("法国欧洲和外交部长勒德里昂、瑞典外交大臣林德出席会议。")
    assert ("PERSON", "勒德里昂") in got
    assert ("LOCATION", "里昂") not in got


def test_cities_known_with_their_city_word_are_found_without_it():
    got = _names("代表团先后抵达沙特麦加和菲律宾碧瑶。")
    places = {n for t, n in got if t == "LOCATION"}
    assert {"麦加市", "碧瑶市"} <= places


def test_a_lao_city_is_not_read_inside_a_chinese_one():
    # 北汕 (Paksan) only with its 市: bare, it stands inside 粤东北 + 汕头
    got = _names("粤东北汕头市港口吞吐量增长。")
    assert ("LOCATION", "北汕市") not in got


def test_a_counsellor_of_a_field_is_a_post_not_a_name():
    text = "使馆政务参赞朱某阳、文化参赞韩某堂等陪同活动。"
    got = _names(text)
    assert ("PERSON", "文化") not in got
    assert ("韩某堂", "文化参赞") in _roles(text)


def test_bare_names_in_the_bracket_after_a_dispatch_line_are_reporters():
    got = _names("中新社开罗3月2日电(韩某宇 罗某)当地时间2日,埃及外长会见中国客人。")
    assert {("PERSON", "韩某宇"), ("PERSON", "罗某")} <= got
    got = _names("新华社北京5月1日电(国际观察)文章指出,合作前景广阔。")
    assert not any(t == "PERSON" for t, _ in got)


def test_more_news_outlets_are_organizations():
    got = _names("据哈通社报道,哈方代表团抵达。新京报记者从有关方面获悉。")
    assert {("ORG", "哈通社"), ("ORG", "新京报")} <= got


def test_a_foreign_minister_named_before_gaisho():
    roles = _roles("会谈后,木村外相表示,日方重视两国关系。")
    assert ("木村", "外相") in roles


def test_a_vice_chairman_after_his_name():
    roles = _roles("当天,黄某宏副主席出席开幕式并致辞。")
    assert ("黄某宏", "副主席") in roles


def test_a_country_inside_a_transliterated_name_after_a_post_is_none():
    text = "吉尔吉斯斯坦内阁主席卡瑟马利耶夫会见中国客人。"
    got = _names(text)
    assert ("PERSON", "卡瑟马利耶夫") in got
    assert not any(t == "COUNTRY" and n == "马里" for t, n in got)
    assert ("卡瑟马利耶夫", "吉尔吉斯斯坦内阁主席") in _roles(text)


def test_a_chain_of_posts_opened_by_a_countrys_side_gives_the_bare_ministry_its_country():
    got = _names("老挝外长会见客人。中方代表团团长、外交部副部长王某某出席会议。")
    assert ("ORG", "中国外交部") in got
    assert ("ORG", "老挝外交部") not in got
