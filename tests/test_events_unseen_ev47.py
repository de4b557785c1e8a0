"""Words put out through a channel of their own are a STATEMENT, never the content of talks told beside them
(ev47, issue 13; invented sentences): a post on a platform named by its kind or its brand, a body's press
release, a written address handed out on arrival."""

from __future__ import annotations

from eventpage import of


def _speaks(body: str, who: str) -> bool:
    return any(e.participants and e.participants[0] == who for e in of(body, "STATEMENT"))


def test_a_post_through_a_platform_named_by_its_brand_is_a_statement():
    # 透过社交平台Facebook指出: no 上 after the platform, its brand after its kind
    body = ("甲国总理张明远今天会见乙国外长李文华。张明远当晚透过社交平台Facebook指出,"
            "乙国总统将于下月访问甲国。")
    assert _speaks(body, "张明远")


def test_a_post_on_a_messaging_platform_about_the_talks_is_a_statement():
    # 在通讯平台Telegram透露,他同某某会面时…: the post tells of the meeting, it is said outside it
    body = ("乙国外长李文华访问甲国。甲国总理张明远在通讯平台Telegram透露,他同李文华会面时,"
            "双方同意扩大农业合作。")
    assert _speaks(body, "张明远")


def test_a_body_press_release_after_talks_is_a_statement():
    # 外交部发布新闻稿指出: the ministry's release, no words of the talks told before it
    body = ("泰国外长张明远今天会见老挝议长李文华。泰国外交部晚间发布新闻稿指出,"
            "李文华一行将在泰国停留五天。")
    assert _speaks(body, "泰国外交部")


def test_a_written_address_on_arrival_is_a_statement():
    # 在机场发表的书面讲话阐明…: handed out on arriving, no speech inside the talks held that day
    body = ("甲国总统张明远今天抵达乙国首都,开始国事访问,并与乙国总统李文华举行会谈。"
            "张明远在机场发表的书面讲话阐明了此行的目的。")
    assert _speaks(body, "张明远")


def test_words_said_inside_the_talks_stay_the_talks_content():
    # 会谈时表示 / a platform only named as a topic: what a party says in the talks is the MEET's (SPEC), unchanged
    body = "甲国总统张明远与乙国总理李文华举行会谈。会谈中,张明远表示,两国将共同打击社交平台上的诈骗。"
    assert not _speaks(body, "张明远")
