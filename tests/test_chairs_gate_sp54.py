"""timex/chairs.py reads a body's chair and meeting patterns only on a text holding one of the body's words
(issue 17, speed): the votes are those the patterns give, with and without other bodies' words around."""

from dipnet.timex.chairs import _rules, chair_votes


def test_chair_told_votes_its_years() -> None:
    got = chair_votes("消息称,巴西今年担任金砖国家轮值主席,各方将加强合作。")
    assert got and all("BRICS" in group for *_, group in got)


def test_same_votes_beside_words_of_no_body() -> None:
    told = "消息称,巴西今年担任金砖国家轮值主席,各方将加强合作。"
    assert chair_votes("两国外长通电话,就双边关系交换意见。" + told) == chair_votes(told)


def test_no_body_word_no_vote() -> None:
    assert chair_votes("两国外长通电话,就双边关系交换意见。主席国的作用得到肯定。") == []


def test_every_pattern_holds_its_body_word() -> None:
    for _entry, before, after, meeting, body in _rules():
        for pattern in (before, after, meeting):
            assert pattern is None or body.pattern in pattern.pattern
