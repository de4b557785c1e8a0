"""A sentence whose subject is a person named back (她感谢…,并重申…; 他今日拜访某社,在…上强调…; 这位…副委员长接着说)
speaks through that person: a body named later in it, or inside the post, is what is spoken of, no speaker (SPEC: a
STATEMENT is a named official's; st4, issue 13: fp45, fp53, fp56; invented sentences)."""

from __future__ import annotations

from tests.eventpage import of


def _speakers(body: str) -> list[list[str]]:
    return [e.participants for e in of(body, "STATEMENT")]


def test_a_pronoun_opening_the_sentence_speaks_in_its_later_clauses():
    body = ("老挝驻河内总领事张明远在会上发表讲话。她感谢河内市友好组织联合会向老挝驻河内总领事馆提供的支持,"
            "并重申愿继续推动两国人民的友谊。")
    assert ["老挝驻河内总领事馆"] not in _speakers(body)


def test_a_pronoun_visiting_a_body_speaks_not_the_body():
    body = "泰国驻老挝大使李文华上月到任。他今日拜访老挝国家通讯社,在与老挝国家通讯社领导的座谈会上强调两国媒体合作的重要性。"
    assert ["老挝国家通讯社"] not in _speakers(body)


def test_a_person_named_back_by_a_post_is_no_body():
    body = ("柬埔寨国会主席李文华会见了中国全国人大常委会副委员长张明远。双方讨论了合作。"
            "这位中国全国人大常委会副委员长接着说,中国的发展惠及整个地区。")
    assert ["中国全国人大常委会"] not in _speakers(body)


def test_a_body_speaking_after_a_place_word_still_speaks():
    body = "这位于河内的越南外交学院表示,将与老挝同行加强合作。"
    assert ["越南外交学院"] in _speakers(body) or not _speakers(body)
