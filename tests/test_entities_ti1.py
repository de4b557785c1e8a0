"""Entities on pages never seen (issue 13, stop 50, ti1): the names a credit's form bounds, in shapes the
credit readers missed — an aside in brackets after one name of an editors' list ((责编:某甲(实习生)、某乙)),
the 文图 label before spaced names ((文图:某甲 某乙)), a slash after an editor's label (编辑/某某) and a
reporter's bracket after an agency's 电 with no day (据某某社电(记者 某某)). All text here is invented."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = ("越老两国外长在万象举行年度会晤\n"
        "越通社万象——3月5日,越南外交部长阮文甲在万象同老挝外长举行会晤,双方就加强两国外交部门合作交换意见。\n")


def _people(tail: str) -> set[str]:
    return {e.name for e in extract(HEAD + tail + "\n").entities if e.type == "PERSON"}


def test_editor_list_with_an_aside() -> None:
    assert {"周立平", "郑青远"} <= _people("(责编:周立平(实习生)、郑青远)")
    assert "实习生" not in _people("(责编:周立平(实习生)、郑青远)")


def test_text_and_photo_label_before_spaced_names() -> None:
    assert {"赵小晨", "巫德明"} <= _people("(文图:赵小晨 巫德明)")


def test_slash_after_an_editors_label() -> None:
    assert "赵红光" in _people("编辑/赵红光")


def test_reporter_after_an_agencys_dispatch_with_no_day() -> None:
    assert "成小欣" in _people("据新华社电(记者 成小欣) 美国某市市长宣布将于近日访华。")
    assert "成小欣" in _people("据新华社电(记者成小欣)美国某市市长宣布将于近日访华。")


def test_transliteration_over_a_known_name_opening_on_a_surname_character() -> None:
    # (桑 is a surname's character too; a run of four is no Chinese name: the whole is one transliteration,
    # not 吉拉尼, the known Pakistani premier, with a stray character before it)
    people = _people("巴参议院主席桑吉拉尼、议长凯瑟发表贺辞。")
    assert "桑吉拉尼" in people and "吉拉尼" not in people


def _entities(tail: str) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in extract(HEAD + tail + "\n").entities}


def test_variant_character_that_t2s_keeps_is_folded() -> None:
    # (衞, as Hong Kong sites print 衛: the canonical name is written in Simplified characters)
    found = _entities("孫衞東副部長同韓國副外長舉行磋商。日本海上自衞隊艦艇訪問越南。")
    assert ("PERSON", "孙卫东") in found and ("PERSON", "孙衞东") not in found


def test_state_governors_post_after_the_name_is_no_state() -> None:
    found = _entities("澳大利亚某某州州督巴希尔访问河内。阮文甲对巴希尔州督访越表示欢迎。")
    assert ("LOCATION", "巴希尔州") not in found


def test_two_character_country_form_before_a_ministry() -> None:
    # (埃塞 is Ethiopia's short form: not 埃 (Egypt) and a body 塞农业部)
    found = _entities("中国向埃塞俄比亚移交粮食援助。埃塞农业部国务部长阿贝拉表示感谢。")
    assert ("ORG", "埃塞俄比亚农业部") in found
    assert ("COUNTRY", "埃及") not in found and ("ORG", "埃及塞农业部") not in found


def test_counted_countries_before_a_post_are_no_name() -> None:
    # (中、甘 + 两国 + 总统: the two countries' presidents; 甘 opens names too, but 两国 ends none)
    people = _people("中、甘两国总统在台北签署联合公报。")
    assert "甘两国" not in people
    assert "陈全国" in _people("陈全国书记出席会议。")  # (a given name ending in 国 stays a name)
