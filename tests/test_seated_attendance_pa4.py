"""Those placed at a meeting in a paragraph of its own after it, by Xinhua's seated forms: 会见时在座的有甲 (a list
whose opener refers back by 会见时) and 甲等在座 (the predicate 在座 alone names the occasion: one is seated at a
meeting or a meal). Before, the list's 会见时 was no back reference (the sentence even made a second MEET of
its own) and 在座 referred to nothing, so across a paragraph break neither joined the meeting (pa4, stop 44,
checklist probes; participants/attendance.py, events.toml [attendance] listed and back_refs)."""

import pytest

from eventpage import of

XINHUA = "总理会见外宾\n\n新华社北京3月5日电 "


@pytest.mark.parametrize(("body", "seated"), [
    ("国务院总理李强5日在人民大会堂会见新加坡总理黄循财。\n会见时在座的有外交部长王毅。", "王毅"),
    ("國務院總理李強5日在人民大會堂會見新加坡總理黃循財。\n會見時在座的有外交部長王毅。", "王毅"),
    ("国务院总理李强5日在人民大会堂会见新加坡总理黄循财。\n会谈时在座的还有外交部长王毅和商务部长王文涛。", "王文涛"),
    ("外交部长王毅5日在钓鱼台国宾馆会见老挝副总理兼外长沙伦赛。\n外交部副部长孙卫东等在座。", "孙卫东"),
    ("外交部長王毅5日在釣魚臺國賓館會見寮國副總理兼外長沙倫賽。\n外交部副部長孫衛東等在座。", "孙卫东"),
])
def test_the_seated_join_the_meeting_across_a_paragraph(body: str, seated: str) -> None:
    found = of(body + "\n", "MEET", XINHUA)
    assert any(seated in e.participants and len(e.participants) >= 3 for e in found), [e.participants for e in found]


def test_the_seated_join_only_the_meeting_told_last() -> None:  # (guard: true before too)
    body = ("国务院总理李强5日上午会见新加坡总理黄循财。外交部长王毅在座。\n"
            "当天下午,李强会见了老挝总理宋赛·西潘敦。商务部长王文涛等在座。\n")
    found = of(body, "MEET", XINHUA)
    first = next(e for e in found if "黄循财" in e.participants)
    assert "王文涛" not in first.participants, [e.participants for e in found]
