"""The sender of a mourning message named before a time frame closed by a comma (某某在获悉消息后,致唁电… / 某某早前在某论坛
上,以及在一则贴文上发表唁函…): the clause of the message names no sender, or only the post it is written in, so
the frame's subject sends it (the ev53/pa3 lead, dev2 n24's kind; ev55 probes c1-c6); and the sender's words
told paragraphs later about something else stay a statement of their own. Sentences invented."""

import pytest

from dipnet.pipeline import extract


def events(head: str, body: str) -> list[tuple[str, list[str]]]:
    doc = extract("唁函\n\n" + head + body + "\n", source="mourn.txt")
    return [(e.type, e.participants) for e in doc.events]


@pytest.mark.parametrize("head, sentence, sender", [
    ("越通社河内——", "越南国家主席梁强3月5日在获悉消息后，致唁电对泰国前首相川·立派逝世表示深切哀悼。", "梁强"),
    ("【联合早报讯】", "李显龙资政早前在一场论坛上，以及在一则脸书贴文上发表唁函，对泰国前首相川·立派逝世表达慰问。", "李显龙"),
    ("越通社河內——", "越南國家主席梁強3月5日在獲悉訊息後，致唁電對泰國前首相川·立派逝世表示深切哀悼。", "梁强"),
    ("【聯合早報訊】", "李顯龍資政早前在一場論壇上，以及在一則臉書貼文上發表唁函，對泰國前首相川·立派逝世表達慰問。", "李显龙"),
])
def test_frame_subject_sends(head: str, sentence: str, sender: str) -> None:
    assert ("MESSAGE", [sender, "泰国"]) in events(head, sentence)


def test_words_after_a_post_stay_a_statement() -> None:
    got = events("【联合早报讯】", "李显龙资政早前在一场论坛上，以及在一则脸书贴文上发表唁函，对泰国前首相川·立派逝世"
                 "表达慰问。\n\n外交部对此回应称，我国立场一贯。\n\n李显龙在贴文中回顾了两国往来。李显龙表示，本区域各国应加强合作。")
    assert ("MESSAGE", ["李显龙", "泰国"]) in got
    assert any(t == "STATEMENT" and "李显龙" in p for t, p in got)


def test_message_content_paragraphs_stay_its_own() -> None:
    got = events("新华社北京3月5日电 ", "国家主席习近平5日向梁强主席致贺电，祝贺他当选。\n\n"
                 "习近平表示，中方愿同越方一道推动两国关系向前发展。")
    assert not any(t == "STATEMENT" and "习近平" in p for t, p in got)


def test_sender_in_clause_kept() -> None:
    got = events("越通社河内——", "越南国家主席梁强3月5日在获悉消息后，越南外交部向泰国外交部致慰问电。")
    assert all("梁强" not in p for t, p in got if t == "MESSAGE")
