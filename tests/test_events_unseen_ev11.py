"""Events on invented text (issue 13, ev11 round: event words read across many outlets)."""

from __future__ import annotations

from tests.eventpage import of

HEAD = "测试新闻\n\n新华社北京5日电 "


def test_negotiations_held_are_a_meeting_but_talks_in_general_are_none():
    # 举行了…谈判: a round of negotiations held is a meeting; 通过友好磋商解决 names a way, no meeting
    body = "中方代表李明4日同西陆国代表卡洛斯举行了第三轮边界谈判。"
    assert ["李明", "卡洛斯"] in [e.participants for e in of(body, "MEET", HEAD)]
    body = "李明表示,双方将通过友好磋商解决分歧。"
    assert not of(body, "MEET", HEAD)


def test_talks_told_by_the_two_countries_short_forms_have_the_two_as_sides():
    # 中俄代表…举行…对话: no one named, the compound of the two short forms names the sides
    body = "中国与俄罗斯关系密切。中俄代表4日在北京举行新一轮战略对话。"
    got = [set(e.participants) for e in of(body, "MEET", HEAD)]
    assert {"中国", "俄罗斯"} in got


def test_the_two_foreign_ministers_are_those_holding_any_countrys_name_of_the_post():
    # 两国外长: 外相 and 国务卿 are foreign ministers too; the two named before are the sides of the call
    body = "东洋国外相山田一郎和中国外长王大海6日在北京举行会谈。两国外长上月曾通电话。"
    got = [e.participants for e in of(body, "CALL", HEAD)]
    assert ["山田一郎", "王大海"] in got


def test_hosts_listed_before_each_word_each_meet_the_one_guest():
    # 甲、乙将分别同他举行会谈会见 / 甲、乙将分别会见: one meeting of each host with the guest (他, or left
    # unsaid): the one of another country than the hosts named before
    for tail in ("将分别同他举行会谈会见。", "将分别会见。"):
        body = ("新加坡总理李显龙将于6日访华。访问期间,国家主席王大海将会见李显龙总理,"
                "国务院总理李明、全国人大常委会委员长张强" + tail)
        got = [e.participants for e in of(body, "MEET", HEAD)]
        assert ["李明", "李显龙"] in got and ["张强", "李显龙"] in got
        assert ["李明", "张强"] not in got


def test_an_arrival_named_by_the_hosts_short_form_is_a_visit():
    # 抵华 (arrives in China): the word names the host
    got = [e.participants for e in of("玻利维亚外长卡洛斯28日抵华访问。", "VISIT", HEAD)]
    assert ["卡洛斯", "中国"] in got


def test_a_bare_post_opening_a_buildings_name_is_no_one():
    # 两国元首在总统官邸举行会谈: 总统 in 总统官邸 is the building, not the president; the two heads of state
    # named before are the sides
    body = ("新华社巴西利亚2024年11月20日电 应巴西总统卢拉邀请,国家主席习近平对巴西进行国事访问。"
            "两国元首当天在总统官邸举行会谈。")
    got = [set(e.participants) for e in of(body, "MEET", "测试新闻\n\n")]
    assert {"卢拉", "习近平"} in got
