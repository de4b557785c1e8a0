"""Page dates from the years a text speaks of as present (helper pd2), on invented sentences.

A span of years named for a roadmap ('2018年至2020年…路线图') or for a phase of work ('2020-2025年阶段的…',
'就2014-2016年阶段建设…') is the span that programme covers: its end lies ahead, so the page speaks of the
span's first year as present, as it does of a plan's (dt18). A phase told as the frame of what was done
('2011-2015年阶段,…') keeps its end, and a span told as reviewed ('总结…') is over, a plan's too."""

from __future__ import annotations

from dipnet.timex.parse import find_times
from dipnet.timex.publication import infer_published
from dipnet.timex.spoken import present_years


def _present(text: str) -> list[int]:
    return present_years(text, find_times(text, None))


def test_a_roadmap_named_by_its_span_is_of_its_first_year() -> None:
    assert _present("两国国防部长签署了2021年至2023年防务合作路线图。") == [2021]


def test_a_phase_named_before_what_it_covers_is_of_its_first_year() -> None:
    assert _present("双方重申落实好2022-2024年阶段的边境合作联合声明。") == [2022]


def test_a_phase_of_work_agreed_on_is_of_its_first_year() -> None:
    assert _present("两省同意就2023-2025年阶段建设友好边境交换意见。") == [2023]


def test_a_phase_told_as_a_frame_keeps_its_end() -> None:  # (a guard: what was done in a phase now over)
    assert _present("2012-2016年阶段,两省边境贸易额稳步增长。") == [2016]


def test_a_reviewed_plan_is_over() -> None:
    assert _present("会议总结了2016-2020年合作规划的执行情况。") == [2021]


def test_a_reviewed_phase_is_over() -> None:  # (a guard: the review is read before the phase word)
    assert _present("会议总结了2016-2020年阶段的合作成果。") == [2021]


def test_a_page_with_no_url_is_dated_by_the_roadmap_it_signs() -> None:
    text = ("两军加强交流\n新华社某城5月6日电 两国国防部长6日举行会谈。\n"
            "两位部长在会谈结束时签署了2019年至2021年两军合作路线图。")
    pub = infer_published(text=text, url="https://news.example.org/story/abcdef.html", meta=None)
    assert pub is not None and pub.date == "2019-05-06", pub
