"""A person named in full, named again by a part of the name (issue 13, sn1): the last part of a dotted
name, a part after a title or a word that opens a name (大使某某, 会见某某, 而某某), a Japanese surname before
a date; not a part that a group's word follows (某某家族). Invented text."""

from __future__ import annotations

from dipnet.pipeline import extract
from test_entities_unseen_en10 import _person_spans  # the mentions' people, one helper for both files


def test_last_part_of_a_dotted_name_after_a_title_or_a_meeting_verb_is_the_person():
    text = "该国总理22日会见新任大使马蒂亚斯·墨洛。总理会见墨洛时表示欢迎。新任大使墨洛在会见后也表态,愿意加强合作。"
    assert _person_spans(text).get("墨洛") == {"马蒂亚斯·墨洛"}
    assert len([m for m in extract("题目\n\n" + text + "\n").mentions if m.text == "墨洛"]) == 2


def test_last_part_of_a_dotted_name_opening_a_clause_is_the_person():
    spans = _person_spans("该国外长马蒂亚斯·卡墨洛抵达首都。\n\n卡墨洛更表明,双方应当加强合作。")
    assert spans.get("卡墨洛") == {"马蒂亚斯·卡墨洛"}


def test_japanese_surname_before_a_date_or_after_a_conjunction_is_the_person():
    text = "日本首相野田佳彦出席会议。据报道,野田20日在接受采访时表示满意。各方都表示支持,而野田这次出访也受到关注。"
    assert _person_spans(text).get("野田") == {"野田佳彦"}
    assert len([m for m in extract("题目\n\n" + text + "\n").mentions if m.text == "野田"]) == 2


def test_a_part_that_a_group_word_follows_names_the_group_not_the_person():
    # (the guard of the rule above: the family called after the person is no mention of the person)
    spans = _person_spans("该国前外长马蒂亚斯·卡墨洛的长子出席了会见。\n\n卡墨洛家族是我们的老朋友。")
    assert "卡墨洛" not in spans
