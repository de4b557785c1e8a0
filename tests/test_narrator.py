"""A text told in the first person by its speaker (a leader's message, a speech under a signature line): 我 as the
subject of a visit or a meeting is the one whose words they are (participants/narrator.py)."""

from __future__ import annotations

from dipnet.pipeline import extract


def _events(text: str, type_: str):
    return [e for e in extract(text, source="t.txt").events if e.type == type_]


def test_a_message_retells_its_senders_visit_paragraphs_after_the_frame():
    text = ("梁强致电通伦祝贺老挝国庆\n\n越通社河内——2025年12月2日,越南国家主席梁强致电老挝国家主席通伦,祝贺老挝国庆。\n\n"
            "梁强在贺电中说,值此之际,我谨向你致以热烈祝贺。\n\n"
            "越老两国是山水相连的友好邻邦,传统友谊历久弥坚。\n\n"
            "越老是好邻居。今年3月,我对老挝进行国事访问,双方达成许多重要共识。\n")
    visits = _events(text, "VISIT")
    assert any(e.participants[:1] == ["梁强"] and "老挝" in e.participants for e in visits)


def test_a_speech_under_its_signature_line_is_its_signers():
    text = ("在欢迎宴会上的讲话\n\n在欢迎宴会上的讲话\n\n越南社会主义共和国主席 梁强\n\n(2025年6月10日,万象)\n\n"
            "应老挝国家主席通伦邀请,我很高兴对老挝进行国事访问。两国友谊源远流长。\n")
    visits = _events(text, "VISIT")
    assert visits and visits[0].participants[:1] == ["梁强"] and "通伦" not in visits[0].participants


def test_i_meeting_the_one_named_before_is_the_speaker():
    text = ("习近平致电苏林\n\n新华社北京2025年9月2日电 国家主席习近平致电苏林,祝贺越南国庆。\n\n"
            "习近平在贺电中说,欣悉越南国庆,我谨向你表示祝贺。\n\n"
            "两国是友好邻邦。今年8月,苏林总书记成功访华,我同他举行会谈,达成重要共识。\n")
    meets = _events(text, "MEET")
    assert any({"习近平", "苏林"} <= set(e.participants) for e in meets)


def test_our_country_and_a_partner_i_stay_unresolved():
    text = ("测试新闻\n\n越通社河内——2025年6月10日,越南国家主席梁强在贺电中说,我国愿同老挝深化合作。\n\n"
            "老挝国家主席通伦同我举行会谈,双方达成共识。\n")
    meets = _events(text, "MEET")
    assert all("梁强" not in e.participants for e in meets)
