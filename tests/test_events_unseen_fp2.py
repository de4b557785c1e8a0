"""Events on invented text (issue 13, fp2 round: Traditional, Singapore/Malaysian and wire pages on
diplomacy beyond Vietnam)."""

from __future__ import annotations

from tests.eventpage import of

HEAD = "测试新闻\n\n中央社台北7日电 "


def test_a_visit_on_an_invitation_that_names_the_host_only_there():
    # 应甲国总统的邀请前往访问 / 进行访问: no place after the word, the inviter's country hosts
    for body in ("总统林大文7日应巴拉圭总统的邀请前往访问。", "总统林大文7日应巴拉圭总统的邀请进行访问。",
                 "应巴拉圭总统的邀请,总统林大文7日启程前往访问。"):
        got = [e.participants for e in of(body, "VISIT", HEAD)]
        assert ["林大文", "巴拉圭"] in got, body


def test_a_visit_on_the_invitation_of_several_countries_visits_each():
    # 应甲、乙、丙和丁4国元首的邀请前往访问: the heads unnamed, each country named hosts a visit
    body = "总统林大文7日应宏都拉斯、尼加拉瓜、瓜地马拉和萨尔瓦多4国元首的邀请前往访问。"
    got = [e.participants for e in of(body, "VISIT", HEAD)]
    for land in ("洪都拉斯", "尼加拉瓜", "危地马拉", "萨尔瓦多"):
        assert ["林大文", land] in got


def test_an_invitation_from_the_visitors_own_side_hosts_nothing():  # (a guard: no visit of one's own land)
    body = "总统林大文7日应台湾工商团体的邀请前往访问。"
    assert not [e for e in of(body, "VISIT", HEAD) if "台湾" in e.participants]


ROC_HEAD = "新闻稿\n\n"


def test_a_visit_to_hua_on_a_page_of_the_republic_of_china_is_to_taiwan():
    # 抵华访问 where the page names 中华民国 (and not the People's Republic): the 华 is Taiwan's
    body = ("帛琉共和国总统雷明等一行今天下午抵华访问。雷明总统对中华民国的民主成就深表推崇。")
    got = [e.participants for e in of(body, "VISIT", ROC_HEAD)]
    assert ["雷明", "台湾"] in got and not [p for p in got if "中国" in p]


def test_a_visit_to_hua_elsewhere_stays_a_visit_to_china():  # (a guard: the People's Republic named, or neither)
    for tail in ("", "他祝贺中华人民共和国成立75周年。"):
        body = "帛琉共和国总统雷明等一行今天下午抵华访问。" + tail
        got = [e.participants for e in of(body, "VISIT", ROC_HEAD)]
        assert ["雷明", "中国"] in got, tail



def test_this_trip_named_back_as_the_last_one_is_the_visit_told_with_its_own_day():
    # 此次将是某某最后一次访韩: the visit told before, not another one on the day another clause names (10月4日)
    head = "测试新闻\n\n(首尔26日讯)"
    body = ("日本首相石破茂将于9月30日至10月1日访问韩国。由于执政党将于10月4日选出新任领导人,"
            "因此外界预料此次将是石破茂以首相身分最后一次访韩。")
    got = [(e.participants, e.date) for e in of(body, "VISIT", head)]
    assert got and all(d != "2025-10-04" and not (d or "").endswith("10-04") for _, d in got)


def test_a_bare_special_region_government_repeats_the_one_named_paragraphs_before():
    # 澳门特区政府… then, paragraphs later, 特区政府: Macao's, not Hong Kong's (the outlet's name, a teaser's)
    from dipnet.pipeline import extract
    text = ("行政长官启程出访葡萄牙\n\n香港中通社澳门4月19日电 (记者 李某) 澳门特区政府新闻局19日发布消息称,"
            "澳门特区行政长官率领澳门特区政府代表团访问葡萄牙里斯本。\n\n行政长官表示,是次访问目的是推动澳门与葡语国家合作。"
            "\n\n此外,特区政府计划在里斯本举行经贸推介会。\n\n【编辑:李某】\n\n视频\n\n更 多\n香港特区政府举办与候任议员交流会 三司长齐出席")
    doc = extract(text, source="t.txt")
    owner = [e.name for e in doc.entities if "特区政府" in e.mentions]
    assert owner == ["澳门特别行政区政府"]


def test_a_summit_one_is_absent_from_places_no_one_at_it():
    # 美国缺席今年G20峰会: no attendance; the absent country is no party of a gathering
    body = "峰会在南非举行的20国集团峰会后举行。美国缺席今年G20峰会,凸显分歧。"
    assert not [e for e in of(body, "CONFERENCE", HEAD) if "美国" in e.participants]


def test_a_visit_its_host_receives_has_the_guest_and_the_hosts_country():
    # 甲在某地接待乙的来访: 乙 visits 甲's country (甲 is a party of the meeting, not of the visit)
    body = "美国国防部长奥斯汀18日在五角大楼接待菲律宾国防部长洛伦扎纳的来访。"
    visits = [e.participants for e in of(body, "VISIT", HEAD)]
    meets = [set(e.participants) for e in of(body, "MEET", HEAD)]
    assert ["洛伦扎纳", "美国"] in visits and not [v for v in visits if "奥斯汀" in v]
    assert {"奥斯汀", "洛伦扎纳"} in meets


def test_an_election_a_time_ahead_dates_is_planned_even_before_后():
    # 下个月某国总统大选后…: the election is dated (next month), no look back from a later time
    body = "预计这将对下个月菲律宾总统大选后两国同盟关系起到重要作用。"
    got = of(body, "ELECTION", HEAD)
    assert got and got[0].status == "planned" and "菲律宾" in got[0].participants


def test_taking_office_told_as_the_time_of_a_trip_is_still_no_election():  # (a guard: 就任…后 looks back)
    assert not of("他就任总统后首次访华。", "ELECTION", HEAD)


def test_a_partys_leadership_vote_ahead_is_an_election_of_the_party():
    # 某党将于10月4日选出新任领导人 / 举行总裁选举: no one elected yet, the party's vote is the event
    for body in ("日本自民党将于10月4日选出新任领导人。", "日本自民党将于10月4日举行总裁选举。"):
        got = of(body, "ELECTION", HEAD)
        assert got and got[0].status == "planned" and "日本自民党" in got[0].participants, body


def test_the_leaders_a_summit_gathers_listed_after_包括_attend_it():
    # 峰会聚集十多国领袖和高官,包括甲、乙、丙,而丁、戊也将以对话伙伴身分出席: all five are at the summit
    body = ("这次的东协峰会聚集十多国领袖和高官,包括日本首相高市早苗、加拿大总理卡尼、中国国务院总理李强,"
            "而巴西总统鲁拉、南非总统拉玛佛沙也将以对话伙伴身分出席。")
    got = [set(e.participants) for e in of(body, "CONFERENCE", HEAD)]
    # (fe1) 拉玛佛沙 is Taiwan's form of Ramaphosa, named by the knowledge base's canonical 拉马福萨
    assert any({"高市早苗", "卡尼", "李强", "拉马福萨"} <= p for p in got)


def test_topics_listed_after_包括_add_no_one():  # (a guard: the list names no person)
    body = "中国国家主席王大海26日在北京会见了法国总统白林,双方讨论了多项议题,包括贸易、气候和教育。"
    got = [set(e.participants) for e in of(body, "MEET", HEAD)]
    assert {"王大海", "白林"} in got
