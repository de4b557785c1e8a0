"""Remarks told as made outside the talks are a STATEMENT of their own (ev38, issue 13; invented sentences)."""

from __future__ import annotations

from eventpage import of


def _speaks(body: str, who: str) -> bool:
    return any(e.participants and e.participants[0] == who for e in of(body, "STATEMENT"))


def test_remarks_to_the_joint_press_after_talks_are_a_statement():
    # 举行会谈后通过共同媒体表示: said to the press after the talks, not inside them
    body = ("甲国总统张明远对乙国进行国事访问,与乙国总理李文华举行首脑会谈。张明远在总统府举行首脑会谈后"
            "通过共同媒体表示:“两国决定改善自由贸易协定。”")
    assert _speaks(body, "张明远")


def test_remarks_before_departing_for_talks_are_a_statement():
    # 启程前表示: said at the airport before the talks held that afternoon
    body = ("甲国外长张明远今明两天访问乙国,将与乙国外长李文华举行会谈。张明远今早在机场启程前表示,"
            "将与李文华就经贸合作深入讨论。张明远今天下午在首都同李文华会谈。")
    assert _speaks(body, "张明远")


def test_words_written_in_a_post_after_a_meeting_are_a_statement():
    # 会晤后在脸书贴出视频。某某写道: written and posted, no content of the meeting
    body = "甲国总理张明远会见乙国副总统李文华。张明远与李文华会晤后,在脸书贴出午宴的视频。张明远写道,两国关系牢固。"
    assert _speaks(body, "张明远")


def test_words_said_inside_the_talks_stay_the_talks_content():
    # 会谈时表示 / 会谈中强调: what a party says in the talks is the MEET's (SPEC), unchanged
    body = "甲国总统张明远与乙国总理李文华举行会谈。会谈中,张明远表示,两国决定改善自由贸易协定。"
    assert not _speaks(body, "张明远")
