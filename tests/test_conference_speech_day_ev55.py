"""A speech told with no time of its own at a meeting's setting (某某在会议上讲话时指出), in a paragraph after the
one that dates the conference, is made at that conference and takes its day, not the page's — else it joined a
later conference's speech by the same person, or was read as words of talks summed up later that year (the
seeds 001 kind, ev53's lead; ev55 probes f1-f4). Pages invented."""

import pytest

from dipnet.pipeline import extract

BODY = ("文章称，由{body}于{day}召开的{meeting}是历史性事件。\n\n{who}总书记在会议上讲话时指出，外交工作要服务国家发展。"
        "\n\n{who}总书记在2023年6月12日召开的中央全会上发表讲话时表示，对外工作取得重要成果。\n\n文章指出，从2021年至"
        "2023年7月，{who}总书记主持并参加了多项对外活动，包括与各国领导人进行会谈、会见、通电话。")
PAGES = [
    dict(body="越共中央", day="2021年11月9日", meeting="首次全国对外宣传会议", who="阮富仲"),
    dict(body="老挝人民革命党中央", day="2022年3月8日", meeting="全国宣传工作会议", who="通伦"),
]
DAYS = ["2021-11-09", "2022-03-08"]
TRAD = str.maketrans("会议时讲话书记对发历史称导进动参项", "會議時講話書記對發歷史稱導進動參項")


@pytest.mark.parametrize("page, day", list(zip(PAGES, DAYS, strict=True)))
@pytest.mark.parametrize("head", ["越通社河内——", "越通社河内2023年8月1日电——"])
@pytest.mark.parametrize("trad", [False, True])
def test_speech_takes_the_conference_day(page: dict[str, str], day: str, head: str, trad: bool) -> None:
    body = BODY.format(**page)
    body = body.translate(TRAD) if trad else body
    doc = extract("讲话\n\n" + head + body + "\n", source="speech.txt")
    got = {e.date for e in doc.events if e.type == "STATEMENT" and any(page["who"] in p for p in e.participants)}
    assert {day, "2023-06-12"} <= got


@pytest.mark.parametrize("page, day", list(zip(PAGES, DAYS, strict=True)))
def test_speech_takes_the_conference_pillar(page: dict[str, str], day: str) -> None:
    doc = extract("讲话\n\n越通社河内——" + BODY.format(**page) + "\n", source="speech.txt")
    conf = [e.channel for e in doc.events if e.type == "CONFERENCE" and e.date == day]
    said = [e.channel for e in doc.events if e.type == "STATEMENT" and e.date == day]
    assert conf and said and said[0] == conf[0] == "party"
