"""Entity and role mechanisms found on unseen pages (session 5, en7), on invented text: short forms
listed one by one before a count of countries, counted posts, posts-elect, bracketed photo credits,
对外 in a body's name, dash-joined names read back from a post, outlets owned by a body, adverbs
before a verb of office, friendship groups, and the country that opens a sentence."""

from __future__ import annotations

from dipnet.model import Document
from dipnet.pipeline import extract


def _doc(text: str, url: str | None = None) -> Document:
    return extract("题目\n\n" + text + "\n", url=url)


def _ents(text: str, url: str | None = None) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in _doc(text, url).entities}


def _roles(text: str) -> set[tuple[str, str]]:
    return {(r.person, r.title) for r in _doc(text).roles}


def test_short_forms_listed_before_a_count_of_countries():
    ents = _ents("该岛国已与法、德、意等国签订渔业协定。")
    assert {("COUNTRY", "法国"), ("COUNTRY", "德国"), ("COUNTRY", "意大利")} <= ents
    # a listed character with no count of countries after the list is no country
    assert ("COUNTRY", "日本") not in _ents("他说、日后再谈此事。")


def test_a_counted_post_is_no_post_of_the_name_after_it():
    roles = _roles("论坛由主席国代表主持,12位部长、世界银行行长魏思德和9位副部长出席。")
    assert ("魏思德", "部长") not in roles
    assert any(p == "魏思德" and t.endswith("行长") for p, t in roles)


def test_a_president_elect():
    roles = _roles("总统与瑙鲁总统当选人白阿达视频通话。")
    assert ("白阿达", "瑙鲁总统当选人") in roles
    assert ("PERSON", "白阿达") in _ents("总统与瑙鲁总统当选人白阿达视频通话。")


def test_a_bracketed_photo_credit_names_the_photographer():
    ents = _ents("部长在酒会上致辞。(图/钟永健摄,2024.05.01)")
    assert ("PERSON", "钟永健") in ents


def test_dui_wai_inside_a_body_name():
    ents = _ents("智利对外事务部发表声明,欢迎谈判重启。")
    assert ("ORG", "智利对外事务部") in ents


def test_a_dash_joined_name_read_back_from_a_post():
    text = "秘鲁外长梅萨—奎达诺斯发表讲话。梅萨—奎达诺斯部长表示将访华。"
    ents = _ents(text)
    assert ("PERSON", "梅萨—奎达诺斯") in ents
    assert ("PERSON", "奎达诺斯") not in ents


def test_no_body_inside_an_outlets_name():
    ents = _ents("(越共电子报)河内5日讯,越南国会主席会见古巴客人。")
    assert ("ORG", "越共电子报") in ents
    assert ("ORG", "越南共产党") not in ents


def test_an_adverb_before_a_verb_of_office():
    roles = _roles("国家主席通伦再次当选党中央总书记。")
    assert any(t.endswith("总书记") for _, t in roles)


def test_a_friendship_group_and_a_deputy_chairman():
    text = "越共中央委员、国会副主席、越中友好议员小组组长黎明章同全国人大外事委员会副主任委员韩广泉举行会谈。"
    ents = _ents(text)
    assert ("ORG", "越中友好议员小组") in ents
    roles = _roles(text)
    assert any(p == "韩广泉" and t.endswith("副主任委员") for p, t in roles)


def test_the_country_opening_a_sentence_owns_its_bare_bodies():
    ents = _ents("(万象综合讯)文莱将在3月举行议会选举,以组建新一届政府。", url="https://www.zaobao.com.sg/news/x")
    assert ("COUNTRY", "新加坡") not in ents


def test_two_short_forms_before_a_railway():
    ents = _ents("两国领导人共同出席中缅铁路开工仪式。")
    assert {("COUNTRY", "中国"), ("COUNTRY", "缅甸")} <= ents


def test_a_former_post_then_de_then_its_holder():
    roles = _roles("协定由时任智利总统的巴切莱特签署。")
    assert ("巴切莱特", "时任智利总统") in roles


def test_a_department_named_by_its_heads_post():
    ents = _ents("柬埔寨国会办公厅礼宾局局长宋达迎接代表团。")
    assert ("ORG", "柬埔寨国会办公厅礼宾局") in ents


def test_the_country_right_before_a_bare_body_owns_it():
    ents = _ents("来源:环球时报【环球时报综合报道】中国是越南的好邻居。\n越南执政党日前召开全会。")
    assert ("ORG", "越南共产党") in ents
    assert ("ORG", "中国共产党") not in ents


def test_spaced_credits_in_square_brackets():
    ents = _ents("【人民日报驻老挝记者 孙广勇 人民日报记者 赵益普】老挝总理抵达北京。")
    assert {("PERSON", "孙广勇"), ("PERSON", "赵益普")} <= ents


def test_a_joint_learned_society():
    ents = _ents("老中友好发展学会会长出席座谈会。")
    assert ("ORG", "老中友好发展学会") in ents


def test_a_cambodian_name_opening_with_di():
    ents = _ents("柬埔寨副总理兼国防部长狄萨坤会见中国客人。")
    assert ("PERSON", "狄萨坤") in ents
