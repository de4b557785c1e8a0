"""Events on invented text (issue 13, ev18 round: visits, meetings and calls on unseen pages)."""

from __future__ import annotations

from tests.eventpage import of

HEAD = "测试新闻\n\n新华社北京5日电 "


def _visits(body: str) -> list[list[str]]:
    return [e.participants for e in of(body, "VISIT", HEAD)]


def test_a_side_visit_on_the_way_is_a_visit_to_each_land_it_names():
    # 并顺访甲及乙: the side visits of a trip are visits of their own, one per host
    got = _visits("外交部长王大明将于5月23日至30日率团前往巴拉圭参加新任总统就职典礼,并顺访伯利兹及危地马拉。")
    assert ["王大明", "巴拉圭"] in got
    assert ["王大明", "伯利兹"] in got
    assert ["王大明", "危地马拉"] in got


def test_hosts_named_back_are_the_lands_of_the_invitation():
    # 应甲国…、乙国…邀请,…对上述两国进行国事访问: each land the invitation names hosts
    got = _visits("应埃及总统塞西、肯尼亚总统鲁托、南非总统拉马福萨邀请,国家主席习近平将于5月15日至21日对上述三国进行国事访问。")
    assert ["习近平", "埃及"] in got
    assert ["习近平", "肯尼亚"] in got
    assert ["习近平", "南非"] in got


def test_hosts_named_back_by_ministers_titles():
    got = _visits("应埃及外长舒克里、肯尼亚外长穆达瓦迪邀请,外交部长王毅将于5月15日至21日对上述国家进行正式访问。")
    assert ["王毅", "埃及"] in got
    assert ["王毅", "肯尼亚"] in got


def test_an_envoy_with_a_rare_surname_is_a_party_of_the_meeting():
    # 驻多哥大使巢某某会见…: 巢 (like 亓, 旷) opens a Chinese name; the envoy meets, not the envoy's host country
    got = [e.participants for e in of("6月30日,驻多哥大使巢立新会见多哥民航局局长拉塔,就航空运输合作交换意见。", "MEET", HEAD)]
    assert ["巢立新", "拉塔"] in got


def test_a_japanese_member_with_a_listed_surname_is_named_whole():
    from dipnet.pipeline import extract
    people = {e.name for e in extract(HEAD + "日本参议员浅尾光一与前议员长岛正雄一同抵达台北。", source="t.txt").entities
              if e.type == "PERSON"}
    assert {"浅尾光一", "长岛正雄"} <= people


def test_hosts_named_back_include_lands_inside_ministries_names():
    # 吉布提外交与国际合作部长某某: the land inside the ministry's name hosts too
    got = _visits("应马里外交与国际合作部长迪奥普、乍得外交与非洲一体化部长谢里夫邀请,外交部长王毅将于5月15日至19日对上述国家进行正式访问。")
    assert ["王毅", "马里"] in got
    assert ["王毅", "乍得"] in got


def test_an_earlier_visit_told_by_the_visitor_is_a_visit_of_its_own():
    # 某某则表示,上次访台是2014年1月: the one speaking made the earlier visit
    body = "外交部长林大龙24日接见日本众议员河野一郎。河野一郎则表示,上次访台是2014年1月。"
    got = [(e.participants, e.date) for e in of(body, "VISIT", HEAD)]
    assert (["河野一郎", "台湾"], "2014-01") in got


def test_a_trip_opening_with_a_month_in_words_goes_on_from_the_subject():
    # 九月底赴美国…,十月初赴朝鲜…: each trip of the list is the subject's
    got = _visits("总理李强在九月底赴美国纽约出席联合国大会系列会议,十月初赴朝鲜出席庆典。")
    assert ["李强", "美国"] in got
    assert ["李强", "朝鲜"] in got
