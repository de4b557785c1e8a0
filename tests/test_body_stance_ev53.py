"""A body's words that tell its own protest (越南外交部发言人表示,越南坚决反对…) or that it puts out as a release
whose word is the trigger itself (发表声明称, 发文告指出) are its STATEMENT, beside the protest or the event the
words tell — not news of another's doings it merely passes on (issue 13, ev53 probes). Sentences invented."""

import pytest

from dipnet.pipeline import extract


def events(head: str, sentence: str) -> list[tuple[str, list[str]]]:
    doc = extract("雙邊關係\n\n" + head + sentence + "\n", source="body.txt")
    return [(e.type, e.participants) for e in doc.events]


@pytest.mark.parametrize("head, sentence, body", [
    ("越通社河内——", "越南外交部发言人3月5日表示，越南坚决反对中方在长沙群岛的建设活动。", "越南外交部"),
    ("新华社北京3月5日电 ", "中国外交部5日表示，中方坚决反对美方的错误做法。", "中国外交部"),
    ("新华社北京3月5日电 ", "中国外交部发言人5日在例行记者会上表示，中方对此表示严重关切。", "中国外交部"),
    ("新华社东京3月5日电 ", "日本外务省5日发表声明称，日方已就此向中方提出抗议。", "日本外务省"),
    ("（吉隆坡5日讯）", "马华公会今日发文告指出，该党代表团日前在北京拜会了中联部副部长孙海燕。", "马华公会"),
])
def test_body_speaks_beside_what_its_words_tell(head: str, sentence: str, body: str) -> None:
    assert ("STATEMENT", [body]) in events(head, sentence)


@pytest.mark.parametrize("head, sentence, body", [
    # the body passes on news of someone else's doings: the event it tells, no statement of its own
    ("新华社河内3月5日电 ", "美国驻胡志明市总领事馆5日表示，美国警方在加州逮捕了一名越南籍嫌犯。", "美国驻胡志明市总领事馆"),
])
def test_body_passing_on_news_stays_silent(head: str, sentence: str, body: str) -> None:
    assert not any(t == "STATEMENT" and body in p for t, p in events(head, sentence))
