"""Two lands establish diplomatic relations once (rl3, issue 13): a founding the page tells again without a date of its
own (建立外交关系后, 建交迄今, 较早同某国建交的…, 中某建交是…大事) is the founding the text dates elsewhere (a dated
founding, 今年3月…建交的决定, 邦交始于某年, 建交N年来), not an event of the page's day; a sentence telling another
founding (第二次与…建交) stays its own event, and a founding year only the knowledge base knows dates nothing (SPEC: an
event's date comes from the text and the page). Sentences invented."""

from dipnet.pipeline import extract


def changes(text: str) -> list[tuple[str | None, list[str]]]:
    doc = extract("消息\n\n新华社北京2024年6月5日电 " + text + "\n", source="founded.txt")
    return [(e.date, sorted(e.participants)) for e in doc.events if e.type == "RELATION_CHANGE"]


def test_a_founding_told_again_after_its_dated_telling_is_the_same_event() -> None:
    got = changes("中国与智利于1970年12月15日建立外交关系。王毅说,中智建立外交关系后,两国关系稳步发展。")
    assert got == [("1970-12-15", ["中国", "智利"])], got


def test_a_founding_told_as_news_beside_its_earlier_day_this_year_is_that_founding() -> None:
    got = changes("李强表示,中洪建交是两国关系史上的大事。洪都拉斯外长表示,今年3月,洪都拉斯做出同中国建交的决定。")
    assert got == [("2024-03", ["中国", "洪都拉斯"])], got


def test_a_count_of_years_of_relations_dates_the_founding_told_undated() -> None:
    got = changes("大使强调,瓦努阿图是较早同中国建交的太平洋岛国。建交42年来,两国关系不断发展。")
    assert got == [("1982", ["中国", "瓦努阿图"])], got


def test_a_year_the_relations_began_in_dates_the_founding_told_up_to_now() -> None:
    got = changes("大使说,中国与秘鲁的邦交始于1971年,秘鲁是较早与中国建立邦交的拉美国家。他补充,秘中两国建交迄今,"
                  "双边合作不断深化。")
    assert [d for d, _ in got] == ["1971"], got


def test_a_second_founding_is_an_event_of_its_own() -> None:
    got = changes("1985年,尼加拉瓜与中国建交。大使说,这是尼加拉瓜第二次与中国建交。")
    assert sorted(str(d) for d, _ in got) == ["1985", "2024-06-05"], got


def test_a_founding_year_the_text_does_not_give_dates_nothing() -> None:
    got = changes("大使强调,瓦努阿图是较早同中国建交的太平洋岛国。两国关系不断发展。")
    assert got == [("2024-06-05", ["中国", "瓦努阿图"])], got
