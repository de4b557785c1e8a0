"""Events on invented text (issue 13, ev6 round of unseen pages): visits told only by their noun."""

from __future__ import annotations

from tests.eventpage import of

HEAD = "测试新闻\n\n新华社北京5月8日电 "


def test_a_visit_told_by_the_place_one_stays_in_is_hosted_by_its_country():
    got = of("日本外相岸田文雄8日继续在北京的访问,预计与中方官员会面。", "VISIT", HEAD)
    assert got and got[0].participants == ["岸田文雄", "中国"]
    got = of("日本外相岸田文雄8日继续在中国的访问。", "VISIT", HEAD)
    assert got and got[0].participants == ["岸田文雄", "中国"]


def test_a_wrong_told_in_a_speakers_paragraph_is_protested_by_the_speaker():
    body = ("7日,外长王毅同美国国务卿布林肯通电话。\n\n王毅指出,中美关系应回到正轨。美方出台对华制裁新规,"
            "严重违反国际贸易规则,严重损害中方正当权益,必须予以纠正。")
    got = of(body, "DISAPPROVE", HEAD)
    assert got and got[0].participants == ["王毅", "美国"]
    # the country that says so itself stays the protester
    got = of("越南坚决反对,菲方行径严重侵犯越南主权。", "DISAPPROVE", HEAD)
    assert got and set(got[0].participants) == {"越南", "菲律宾"}


def test_leading_a_delegation_on_an_invitation_is_a_visit_to_the_inviters_country():
    body = "3月6日,应柬埔寨首相洪马奈的邀请,老挝总理宋赛率领老挝高级代表团出席两国政府会晤。"
    got = of(body, "VISIT", "测试新闻\n\n越通社金边3月6日电 ")
    assert got and got[0].participants == ["宋赛·西潘敦", "柬埔寨"]
    # leading a delegation at home, on no invitation, is no visit
    assert not of("3月6日,越南总理范明政率领越南代表团出席国会会议。", "VISIT", "测试新闻\n\n越通社河内3月6日电 ")


def test_partners_the_last_set_apart_by_a_comma_and_ji_are_met_one_by_one():
    body = "20日,俄罗斯总统普京与越南总理范明政、越共总书记阮富仲,及越南国会主席陈青敏会谈。"
    got = of(body, "MEET", "测试新闻\n\n新华社河内6月20日电 ")
    assert sorted(tuple(e.participants) for e in got) == [("普京", "范明政"), ("普京", "阮富仲"), ("普京", "陈青敏")]
    # a list joined by 、 and 和 alone stays one meeting
    body = "20日,俄罗斯总统普京与越南总理范明政、越共总书记阮富仲和越南国会主席陈青敏会谈。"
    assert len(of(body, "MEET", "测试新闻\n\n新华社河内6月20日电 ")) == 1


def test_the_visitors_one_follows_made_the_visit_before_each_on_their_own():
    body = "奥巴马23日在河内会见陈大光。奥巴马是继前总统克林顿及小布什后,越战结束后第三位在任期间访问越南的美国总统。"
    got = of(body, "VISIT", "测试新闻\n\n新华社河内5月24日电 ")
    pairs = sorted(tuple(e.participants) for e in got)
    assert ("小布什", "越南") in pairs and any(p[0].endswith("克林顿") and p[1] == "越南" for p in pairs)
    assert all(e.date is None for e in got)
