"""An outlet's sign-off block names its producer (监制), chief editors (主编) and each review stage (一审/二审/
三审) the way it names its editor: a label with its colon or slash before the names; a two-character label
may be spaced to line up with longer ones (编 辑: 某某, 责 编: 某某), and an editor may sign the story's last
sentence in a bracket, the label then a space ((责编 某某)). Each name is a person, and the producer's,
chief editor's, editor's labels are their roles. Sentences and names invented (en5)."""

from __future__ import annotations

from dipnet.pipeline import extract

_HEAD = "两国外长举行会谈\n\n两国外长在河内举行会谈,双方同意扩大合作。\n"


def _people_roles(tail: str, head: str = _HEAD) -> tuple[set[str], set[tuple[str, str]]]:
    doc = extract(head + tail)
    return ({e.name for e in doc.entities if e.type == "PERSON"},
            {(r.person, r.title) for r in doc.roles})


def test_review_stages_each_name_a_person():
    people, _ = _people_roles("\n编辑:车文博\n一审:叶知秋\n二审:柏云开\n三审:米思远\n")
    assert {"车文博", "叶知秋", "柏云开", "米思远"} <= people


def test_producer_and_chief_editors_after_a_slash():
    people, roles = _people_roles("更多新闻\n监制/蓝若溪 主编/田永青 柳志明\n编辑/穆建华 简立新\n")
    assert {"蓝若溪", "田永青", "柳志明", "穆建华", "简立新"} <= people
    assert {("蓝若溪", "监制"), ("田永青", "主编"), ("柳志明", "主编")} <= roles


def test_spaced_two_character_labels():
    people, roles = _people_roles("\n编 辑: 庞思源\n责 编: 乔德明\n\n相关文章\n")
    assert {"庞思源", "乔德明"} <= people
    assert {("庞思源", "编辑"), ("乔德明", "责编")} <= roles


def test_an_editor_signing_the_last_sentence_in_a_bracket():
    people, roles = _people_roles("双方将于明年再次会晤。(责编 谷雨晨)\n上一篇:两国签署协议\n")
    assert "谷雨晨" in people
    assert ("谷雨晨", "责编") in roles


def test_a_review_word_in_prose_names_no_one():
    people, _ = _people_roles("法院一审判决后,双方同意主编一部合作史。\n")
    assert not people & {"判决后", "一部合"}
