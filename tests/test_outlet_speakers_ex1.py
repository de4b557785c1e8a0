"""An outlet is never the speaker at an occasion where one speaks in person (issue 13, ex1, unseen pages;
participants/interviews.outlets_out): it interviews (在接受某社的采访中,某某表示 / 某社采访了多位学者), hosts
(在某报举办的论坛上发表演讲) or reports (据某社报道,…在接受采访时表示). The one who answers after an interview
frame speaks; what an outlet publishes (某报刊登的文章) stays its own statement, as the official gold reads it."""

from eventpage import sides


def _outlet_spoke(body: str, outlet: str) -> bool:
    return any(outlet in s for s in sides(body, "STATEMENT"))


def test_the_one_answering_after_the_interview_frame_speaks() -> None:
    body = "在接受新华社的采访中,越南外交部长裴青山表示,两国在农业领域的合作潜力巨大。\n"
    assert sides(body, "STATEMENT") == [["裴青山"]]


def test_an_outlet_interviewing_unnamed_scholars_speaks_not() -> None:
    body = "共同社近日还采访了多名研究东南亚问题的学者,请他们谈谈地区局势。\n"
    assert not _outlet_spoke(body, "共同社")


def test_the_reporting_outlet_is_no_interviewee() -> None:
    body = "据日本共同社报道,森田9日在接受采访时表示,日方将继续重视两国关系。\n"
    assert not _outlet_spoke(body, "共同社")


def test_the_outlet_hosting_a_forum_gives_no_speech() -> None:
    body = "范明政此行还将应邀在日本经济新闻后天在东京举行的国际论坛上,发表主旨演讲。\n"
    assert not _outlet_spoke(body, "日本经济新闻")


def test_what_an_outlet_publishes_stays_its_statement() -> None:  # (guard: official gold, 某报刊登的文章)
    body = "柬埔寨《高棉时报》6月9日刊登文章,高度评价两国的传统友谊。\n"
    assert ["高棉时报"] in sides(body, "STATEMENT")
