"""Speech words that are not their speaker's own act of speaking (extract/finding/embedded.py, ev6 stop 51), on
invented sentences: a speech word asked about or left open (能否证实…?, 是否举行记者会), one inside the words a
reporting verb already reports (某某表示,某方正在撰写…), and a reporting verb's kind read from the words it
reports (某某透露…以及提出…) — and what stays a statement (a topic answered, an announced speech, a person's
act retold inside the words)."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n新华社北京2025年6月10日电 "


def statements(body: str) -> list[tuple[tuple[str, ...], str, object]]:
    return [(tuple(e.participants), e.status, e.attributes.get("kind"))
            for e in extract(HEAD + body, source="t.txt").events if e.type == "STATEMENT"]


def speakers(body: str) -> set[str]:
    return {p for parts, _, _ in statements(body) for p in parts}


def test_a_press_conference_left_open_is_no_statement():
    body = ("韩国总统李在明10日抵达东京,下午将与日本首相石破茂举行会谈。"
            "会后日相石破茂夫妇将设晚宴款待,两国也正协调是否举行联合记者会并发表共同文件。")
    assert "石破茂" not in speakers(body), statements(body)


def test_a_question_put_to_a_ministry_is_no_statement_of_it():
    body = ("5月1日,外交部发言人林剑主持例行记者会。会上有外媒记者提问,本周四,越南对中国在西沙群岛附近海域"
            "扣押越渔民和渔船表示抗议。外交部能否证实这一消息?")
    assert "中国外交部" not in speakers(body), statements(body)


def test_a_word_inside_reported_words_is_what_was_said():
    body = ("外交部长王毅10日在巴黎会见欧盟外交与安全政策高级代表莫盖里尼。王毅表示,中欧关系良好。"
            "莫盖里尼表示,欧中关系具有战略性,欧方正在撰写新的对华战略文件。")
    assert "莫盖里尼" not in speakers(body), statements(body)


def test_a_reporting_verb_takes_no_kind_from_the_words_it_reports():
    body = ("越南政府总理阮春福10日在河内会见老挝政府副总理宋赛·西潘敦。"
            "宋赛·西潘敦感谢阮春福拨冗会见并透露此访的目的是评估两国合作结果以及提出未来的合作方向。")
    assert "宋赛·西潘敦" not in speakers(body), statements(body)


def test_a_topic_answered_stays_the_spokespersons_statement():
    body = "外交部发言人毛宁10日就菲律宾是否参加有关会议答记者问时表示,中方欢迎各方参与。"
    assert "毛宁" in speakers(body), statements(body)


def test_a_speech_announced_in_reported_words_stays_planned():
    body = "外交部发言人毛宁10日表示,国务院总理李强将于6月17日出席博览会开幕式并致辞。"
    got = [s for s in statements(body) if "李强" in s[0]]
    assert got and got[0][1] == "planned", statements(body)


def test_a_speaker_named_inside_the_words_keeps_their_act():
    body = "越南驻华大使范星梅10日表示,胡志明主席1945年9月2日宣读《独立宣言》,开辟了越南历史新纪元。"
    assert "胡志明" in speakers(body), statements(body)
