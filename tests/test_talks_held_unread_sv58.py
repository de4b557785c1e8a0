"""Talks told as held with their parties left unread (双方举行了会谈, 两国代表团举行会谈, 某某在会谈时说): the reported words
told after them (某某说…, 某某表示…) are what was said there, no STATEMENT (SPEC) — as after a meeting read; an
anniversary the year is counted as (今年是…10周年) is no new occasion ending them. Talks announced open nothing."""

from dipnet.pipeline import extract

HEAD = "边境交流\n\n新华社河内5月6日电 "


def statements(body: str) -> list[list[str]]:
    doc = extract(HEAD + body + "\n", source="talks.txt")
    return [e.participants for e in doc.events if e.type == "STATEMENT"]


def test_words_after_talks_of_unread_parties() -> None:
    body = ("欢迎仪式结束后，双方举行了会谈。\n"
            "黎文成高度评价两国边境合作取得的成果，并表示愿进一步加强交流。\n")
    assert ["黎文成"] not in statements(body)


def test_words_after_talks_told_as_said_there() -> None:
    body = ("王建国在会谈时说，两军合作不断深化。\n\n"
            "黎文成表示，愿与中方加强联合巡逻合作。\n")
    assert ["黎文成"] not in statements(body)


def test_counted_year_ends_no_talks() -> None:
    body = ("随后两国代表团在会议中心举行会谈并签署谅解备忘录。今年是两国边境友好交流举行10周年。\n"
            "黎文成说，越南始终珍视两国人民的友谊。\n")
    assert ["黎文成"] not in statements(body)


def test_talks_announced_open_nothing() -> None:
    body = ("两国领导人将于下月举行会谈。\n"
            "黎文成5月6日在河内接受记者采访时表示，越南始终珍视两国人民的友谊。\n")
    assert ["黎文成"] in statements(body)
