"""Years of a pair's relations told up to now (vn2, issue 13: dev2, fp53, fp78): two lands named as a pair, then
(两国)(关系)(:) and a count of years closed by 来/携手/a stop (越中两国68年来, 越老关系60年, 越南与新西兰:50年携手合作),
the count equal to the years since the pair established relations in the page's year, is that anniversary: an
ANNIVERSARY of the two lands dated to the anniversary day (SPEC). Another count, a count after another word
(自…年建交N年来) or a page that reads the anniversary already add none. Sentences invented."""

from dipnet.pipeline import extract


def anniversaries(text: str, day: str = "2024年7月5日") -> list[tuple[str | None, str, list[str]]]:
    doc = extract("消息\n\n新华社河内" + day + "电 " + text + "\n", source="years.txt")
    return [(e.date, e.status, sorted(e.participants)) for e in doc.events if e.type == "ANNIVERSARY"]


def test_a_pair_word_with_its_years_of_relations_up_to_now_is_their_anniversary() -> None:
    got = anniversaries("柬埔寨大使在座谈会上回顾了越柬两国57年来的友好合作。")
    assert got == [("2024-06-24", "occurred", ["柬埔寨", "越南"])], got


def test_two_lands_joined_then_a_colon_and_their_years_together() -> None:
    got = anniversaries("越南与日本:50年携手同行,共创未来。", day="2023年10月2日")
    assert got == [("2023-09-21", "occurred", ["日本", "越南"])], got


def test_a_count_that_is_not_the_age_of_the_relations_tells_no_anniversary() -> None:
    assert anniversaries("柬埔寨大使表示,越柬两国30年来的边境合作不断深化。") == []


def test_a_count_after_the_founding_word_is_not_this_form() -> None:
    assert anniversaries("柬埔寨大使表示,越柬两国自1967年建交57年来,合作不断深化。") == []


def test_a_page_that_reads_the_anniversary_keeps_one() -> None:
    got = anniversaries("两国举行活动纪念越柬建交57周年。大使回顾了越柬两国57年来的友好合作。")
    assert len(got) == 1, got
