"""Words put out through a channel of their own are a STATEMENT, never the content of talks told beside them
(ev47, issue 13; invented sentences): a post on a platform named by its kind or its brand, a body's press
release, a written address handed out on arrival."""

from __future__ import annotations

from eventpage import of


def _speaks(body: str, who: str) -> bool:
    return any(e.participants and e.participants[0] == who for e in of(body, "STATEMENT"))


def test_a_post_through_a_platform_named_by_its_brand_is_a_statement():
    # 透过社交平台Twitter指出: no 上 after the platform, its brand after its kind — while what he said in the
    # talks (会谈中…表示, a platform only its topic) stays the talks' content (SPEC)
    body = ("甲国总理张明远今天与乙国外长李文华举行会谈。会谈中,张明远表示,两国将共同打击社交平台上的诈骗。"
            "张明远随后透过社交平台Twitter指出,两国将于明年互设领事馆。")
    said = [e for e in of(body, "STATEMENT") if e.participants and e.participants[0] == "张明远"]
    assert len(said) == 1


def test_a_post_on_a_messaging_platform_about_the_talks_is_a_statement():
    # 在通讯软件某某表示,他与某某见面时…: the post tells of the meeting, it is said outside it
    body = ("乙国外长李文华访问甲国。甲国总理张明远当晚在通讯软件Telegram表示,他与李文华见面时,"
            "双方同意扩大农业合作。")
    assert _speaks(body, "张明远")


def test_a_body_press_release_after_talks_is_a_statement():
    # 外交部发布新闻稿指出: the ministry's release, no words of the talks told before it
    body = ("泰国外长张明远今天会见老挝议长李文华。泰国外交部晚间发布新闻稿指出,"
            "李文华一行将在泰国停留五天。")
    assert _speaks(body, "泰国外交部")


def test_a_written_address_on_arrival_is_a_statement():
    # 抵达后发表书面讲话说明…: handed out on arriving, no speech inside the talks held that day
    body = ("甲国总统张明远今天抵达乙国首都,开始国事访问,并与乙国总统李文华举行会谈。"
            "张明远抵达后发表书面讲话说明了此次访问的三项任务。")
    assert _speaks(body, "张明远")


def _gifts(body: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(tuple(e.source), tuple(e.target)) for e in of(body, "AID")]


def test_the_one_thanked_for_its_support_gave_it():
    # 甲感激乙为甲…提供的援助: the one thanked gives, the one thanking receives (not the order of the names)
    body = "缅甸政府感激泰国为缅甸灾后重建提供的物资援助。"
    assert _gifts(body) == [(("泰国",), ("缅甸",))]


def test_aid_thanked_for_after_the_fact_is_aid_of_the_one_thanked():
    # 某某对乙…提供援助表示感谢: the one after 对 gives; the thanking person's country (told earlier) receives
    body = "柬埔寨首相洪文达会见日本大使。洪文达对日本长期提供援助表示由衷感谢。"
    assert _gifts(body) == [(("日本",), ("柬埔寨",))]


def test_aid_given_back_is_a_gift_of_its_own_and_a_retelling_is_not():
    # 甲向乙捐赠稻种 beside 甲感激乙提供的药品: two gifts, one each way, never merged into one; 甲援助的…工程
    # (no giving word in its clause, its giver only guessed) stays the gift told before
    body = ("老挝向泰国捐赠500吨稻种。老挝总理感激泰国为老挝防治登革热提供的药品援助。"
            "据介绍,老挝援助的灌溉工程已在泰国东北部投入使用。")
    assert sorted(_gifts(body)) == [(("泰国",), ("老挝",)), (("老挝",), ("泰国",))]
