"""Event reading on an eleventh round of unseen pages (issue 13; invented sentences): the two countries
两国 stands for where the page names one of them only through its people, a bloc joined to a country as
a party of their relation, two countries' leaders' summits as meetings, aid handed over by an embassy's
envoy, and the people of a speech about a party congress."""

from __future__ import annotations

from eventpage import of


def test_both_countries_where_the_page_names_one_only_through_its_leader():
    head = "测试新闻\n\n新华社河内2025年4月14日电 "
    body = "国家主席习近平14日在河内同越共中央总书记苏林举行会谈。会谈后,两国领导人共同见证签署30份双边合作文件。"
    got = of(body, "AGREEMENT", head)
    assert got and {"中国", "越南"} <= set(got[0].participants)


def test_a_bloc_joined_to_a_country_is_a_party_of_their_relation():
    for body in ("东盟—中国于2021年建立全面战略伙伴关系。", "2021年,东盟与中国建立全面战略伙伴关系。"):
        got = of(body, "RELATION_CHANGE")
        assert got and {"中国", "东盟"} <= set(got[0].participants), body
