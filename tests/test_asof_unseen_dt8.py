"""The facts' as-of years on unseen pages (dt8): invented sentences, each test failing without its change."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract
from dipnet.timex.pageday import relative_anchor
from dipnet.timex.parse import find_times
from dipnet.timex.publication import infer_published
from dipnet.timex.year import infer_year


def _facts(text: str) -> list[Fact]:
    return extract_facts(extract(text, source="t.txt"))


def test_a_whole_year_figure_bounds_the_open_years_and_this_year_follows_the_page() -> None:
    text = ("在今天举行的发布会上,商务部负责人表示,两国经贸合作持续向好。2021年,甲乙双边贸易额达到500亿美元。\n"
            "今年前两个月,甲乙双边贸易额85亿美元,同比增长6%。")
    got = infer_year(text)
    assert got is not None and got.open_years[0] >= 2022
    as_of = {f.value: f.as_of for f in _facts(text) if f.unit == "USD"}
    assert as_of[8.5e9] is not None and as_of[8.5e9][:4] >= "2022"


def test_a_school_year_of_the_republic_of_china_calendar_is_a_year() -> None:
    times = find_times("教育部統計顯示,該校112學年度招收境外新生1200人,較前一學年增加。", None)
    assert [(t.value, t.note.startswith("ROC school year")) for t in times if t.value == "2023"] == [("2023", True)]


def test_a_year_after_the_page_told_in_a_sentence_before_frames_no_figure() -> None:
    text = ("新华社北京2024年5月20日电 甲国外长说,援建的医院大楼已封顶,将于明年初竣工。"
            "中方新增派遣医生120人次,培训当地医务人员3000人次。(完)\n")
    as_of = [f.as_of for f in _facts(text) if f.value == 3000]
    assert as_of and all(a is not None and a[:4] == "2024" for a in as_of)


def test_a_rank_held_over_a_whole_year_bounds_the_open_years() -> None:
    text = "甲国商务部官员说,甲国于2019年继续成为乙国最大的贸易伙伴,两国企业合作日益紧密。"
    got = infer_year(text)
    assert got is not None and got.open_years[0] >= 2020


def test_a_month_after_this_year_told_again_is_of_this_year() -> None:
    times = find_times("他说,甲乙两国去年贸易额达900亿美元,而今年截至8月贸易额已达600亿美元。", "2015")
    assert [t.value for t in times if t.precision == "month"] == ["2015-08"]


def test_taiwan_s_bracketed_day_inside_the_relative_word_anchors_the_report() -> None:
    got = relative_anchor("〔記者某某／台北報導〕外交部今(14)天上午表示,將派員出席甲國新總統就職典禮。")
    assert got is not None and (got.named, got.offset) == (14, 0)


def test_a_batch_of_covid_vaccines_arriving_weighs_for_2021() -> None:
    text = "甲国采购的第十二批中国新冠疫苗运抵首都\n\n  6月3日上午,甲国政府采购的第十二批中国新冠疫苗运抵首都国际机场,共计200万剂。"
    got = infer_published(text=text, url="https://news.example.com/a/", meta=None, tenure=())
    assert got is not None and got.date.startswith("2021")
