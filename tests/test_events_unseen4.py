"""Event reading on a fourth round of unseen pages (issue 13; invented sentences): readouts of talks whose
paragraphs say what each side said (SPEC: the content of the talks, no STATEMENT), talks opened by their
frame (会谈中,…), invitations to visit, and work arranged (部署好…)."""

from __future__ import annotations

from eventpage import events, of


def test_what_each_side_says_after_the_talks_are_told_is_their_content():
    body = ("越南政府总理范明政6月9日在河内会见了老挝外交部长沙伦赛。\n\n"
            "沙伦赛转达了老挝国家主席通伦对越南领导人的问候,对越南取得的发展成就表示祝贺。\n\n"
            "范明政强调,越南始终重视同老挝的特殊关系。")
    assert of(body, "MEET")
    assert not of(body, "STATEMENT")


def test_a_paragraph_opening_with_the_talks_frames_the_paragraphs_after_it():
    body = ("会谈中,范明政表示,越南重视同老挝的关系。\n\n"
            "范明政强调,双方要加强交通互联互通。\n\n"
            "沙伦赛表示,老方愿同越方深化合作。")
    assert not of(body, "STATEMENT", head="测试新闻\n\n")


def test_a_new_occasion_after_the_talks_has_its_own_statements():
    body = ("越南政府总理范明政6月9日在河内会见了老挝外交部长沙伦赛。\n\n"
            "同日,越南与老挝签署了两国贸易合作协定。\n\n"
            "越南工贸部长阮鸿延表示,协定将促进两国贸易发展。")
    assert of(body, "STATEMENT")


def test_a_spokespersons_words_after_talks_are_a_statement():
    body = ("越南政府总理范明政6月9日在河内会见了老挝外交部长沙伦赛。\n\n"
            "越南外交部发言人范秋姮表示,越南坚决维护其在东海的主权。")
    assert of(body, "STATEMENT")


def test_a_visit_an_invitation_is_to_is_no_visit():
    body = ("越南政府总理范明政6月9日在河内会见了老挝外交部长沙伦赛。"
            "沙伦赛转达了老挝领导人对范明政总理访老的邀请。")
    assert not any("范明政" in e.participants for e in of(body, "VISIT"))


def test_work_arranged_is_no_deployment():
    body = "双方同意部署好两党合作,部署好防务、安全等领域交流合作机制。"
    assert not of(body, "DEPLOYMENT")


def test_an_agreement_proposed_is_not_signed():
    body = ("越南政府总理范明政6月9日在河内会见了老挝外交部长沙伦赛。"
            "范明政建议双方尽早签署两国陆地边界管理协定。")
    assert not of(body, "AGREEMENT")


def test_an_agreement_still_negotiated_is_not_signed():
    body = ("越南政府总理范明政6月9日在河内会见了老挝外交部长沙伦赛。"
            "双方就两国航空运输协定基本达成共识。")
    assert not of(body, "AGREEMENT")


def test_an_agreement_signed_after_talks_stays():
    body = ("越南政府总理范明政6月9日在河内会见了老挝外交部长沙伦赛。"
            "会谈后,两人见证了两国经贸合作协定的签署。")
    assert of(body, "AGREEMENT")


def test_a_bilateral_summit_is_no_conference():
    body = "越南政府总理范明政6月9日在雅加达出席东盟峰会期间与印尼总统佐科举行双边会议。"
    got = events(body)
    assert any(e.type == "MEET" and "范明政" in e.participants for e in got)
    assert not any(e.type == "CONFERENCE" and e.attributes.get("trigger") == "会议" for e in got)
    assert not of("双方同意落实日本首相石破茂4月访问越南时在双边峰会上达成的共识。", "CONFERENCE")


def test_a_visit_being_prepared_for_is_planned():
    body = ("越南政府总理范明政6月9日在河内会见了老挝外交部长沙伦赛。"
            "沙伦赛建议双方密切配合,为通伦主席访越做好各项准备工作。")
    visits = [e for e in of(body, "VISIT") if "通伦" in " ".join(e.participants)]
    assert visits and all(e.status == "planned" for e in visits)
