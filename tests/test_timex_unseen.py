"""Dates on unseen pages (issue 13): teasers bounded by their office holders and dated by their images, full-date datelines from any city."""

from dipnet.model import DateValue
from dipnet.timex import infer_brief_dates

PAGE = DateValue("2024-08-03", "day", "metadata", 0.9, "stamp")


def test_teaser_after_a_term_ended_moves_to_the_terms_last_month_and_the_block_follows() -> None:
    briefs = ["甲国总书记张三出席会议", "代表团前往吊唁", "乙国总统李四发表讲话"]
    tenures = [[("张三", "2015-01-10", "2024-07-19")], [], [("李四", "2020-05-01", None)]]
    got = infer_brief_dates(briefs, PAGE, tenures=tenures)
    assert [d.date for d in got if d] == ["2024-07", "2024-07", "2024-07"]
    # without the terms every teaser keeps the page's month
    assert [d.date for d in infer_brief_dates(briefs, PAGE) if d] == ["2024-08"] * 3


def test_teaser_far_before_a_term_began_gets_only_the_terms_first_year() -> None:
    page = DateValue("2020-04-17", "day", "metadata", 0.9, "stamp")
    got = infer_brief_dates(["议长王五与丙国议长举行会谈"], page, tenures=[[("王五", "2024-05-20", None)]])[0]
    assert got is not None and got.date == "2024" and got.precision == "year"


def test_a_teasers_own_date_is_not_moved_by_terms() -> None:
    got = infer_brief_dates(["2024年8月1日,总书记张三会见来宾"], PAGE,
                            tenures=[[("张三", "2015-01-10", "2024-07-19")]])[0]
    assert got is not None and got.date == "2024-08-01"


def test_a_mover_that_breaks_another_teasers_term_does_not_move_the_block() -> None:
    briefs = ["总书记张三出席会议", "新任主席赵六出席会议", "代表团前往吊唁"]
    tenures = [[("张三", "2015-01-10", "2024-07-19")], [("赵六", "2024-08-01", None)], []]
    got = infer_brief_dates(briefs, PAGE, tenures=tenures)
    assert [d.date for d in got if d] == ["2024-07", "2024-08", "2024-08"]


def test_a_teasers_image_path_dates_it_to_the_month() -> None:
    page = DateValue("2016-04-12", "day", "metadata", 0.9, "stamp")
    briefs = ["山区抢修队冒险下山", "某舰第三次出海"]
    images = ["https://img.example.com/photos/cover/420/20260126/1023x768_0839.jpg", ""]
    got = infer_brief_dates(briefs, page, images=images)
    assert got[0] is not None and (got[0].date, got[0].precision) == ("2026-01", "month")
    assert got[1] is not None and got[1].date == "2016-04"  # no image: the page's month as before


def test_stage_reads_the_image_after_a_teaser_headline() -> None:
    from dipnet.pipeline import extract

    text = ("日舰访问金兰湾\n2016/4/12 17:38\n(本社记者12日专电)日本两艘护卫舰今天停靠越南金兰湾国际港。\n\n"
            "本网站之文字、图片及影音,非经授权,不得转载。\n\n\n\n"
            "![山区抢修队冒险下山 勇士说不怕是骗人[影]](https://img.example.com/photos/cover/420/20260126/1023x768_0839.jpg)"
            "\n\n\n![某舰第三次出海[影]](https://img.example.com/photos/cover/420/20260125/1023x768_0839.jpg)\n")
    doc = extract(text, source="t.txt")
    assert [b.published.date for b in doc.briefs if b.published] == ["2026-01", "2026-01"]


def test_a_full_dateline_from_any_city_dates_the_page_over_later_years_spoken_of() -> None:
    from dipnet.pipeline import extract

    text = ("越南驻日本大使馆举办越南文化日活动\n\n越南驻日本大使馆举办越南文化日活动。\n"
            "越通社东京——2025年3月12日,越南驻日本大使馆在东京举办越南文化日活动。大使表示,"
            "2026年是越南第十四届国会任期的第一年,两国在2026年将举办更多活动。\n")
    got = extract(text, source="x.txt").published
    assert got is not None and (got.date, got.method) == ("2025-03-12", "dateline")


def test_a_dateline_opening_with_history_is_not_the_page_date() -> None:
    from dipnet.timex import infer_published

    text = ("外交部门成立七十七周年\n\n越通社河内——1945年8月28日,随着临时政府的诞生,外交部也于同日成立。"
            "77年来,外交部门不断成长。\n")
    got = infer_published(text=text, url=None, meta=None, title="外交部门成立七十七周年")
    assert got is None or not got.date.startswith("1945")


def test_a_weekday_beside_a_date_names_that_date_not_the_next_week() -> None:
    from dipnet.timex import find_times

    for s in ("部长周二(10月1日)会见来宾。", "10月1日(星期二),部长会见来宾。"):
        weekday = [t for t in find_times(s, "2019-10-05") if t.kind == "relative"]
        assert [t.value for t in weekday] == ["2019-10-01"]
    lone = [t for t in find_times("部长周二会见来宾。", "2019-10-05") if t.kind == "relative"]
    assert [t.value for t in lone] == ["2019-10-08"]  # a weekday alone still reads against the anchor


def test_an_event_on_a_weekday_beside_its_date_keeps_the_date() -> None:
    from dipnet.pipeline import extract

    text = ("越南国家主席会见老挝总理\n2019年10月5日 10:00\n"
            "越南国家主席阮富仲周二(10月1日)在河内会见了老挝总理通伦。双方就双边关系交换了意见。\n")
    doc = extract(text, source="x.txt")
    assert [e.date for e in doc.events if e.type == "MEET"] == ["2019-10-01"]


def test_a_forecast_year_votes_for_the_year_before_not_for_itself() -> None:
    page = DateValue("2016-05-10", "day", "metadata", 0.9, "stamp")
    got = infer_brief_dates(["某机构预测2025年原油供应将超过需求", "某地举行表彰大会"], page)
    assert [d.date for d in got if d] == ["2024", "2024"]



def test_a_dateline_that_lost_its_month_character_is_read_where_one_split_is_a_day() -> None:
    from dipnet.timex.datelines import dateline_md

    got = dateline_md("越通社河内——417日下午,越南向古巴移交大米。")
    assert got is not None and got[:2] == (4, 17)
    assert dateline_md("越通社河内——112日,越南向古巴移交大米。") is None  # 1-12 or 11-2: not fixed
    assert dateline_md("越通社河内——2025年,越南向古巴移交大米。") is None


def test_a_year_before_a_documents_title_names_it_and_dates_nothing() -> None:
    from dipnet.timex import find_times

    s = "发言人表示,越南坚决反对有关船队侵犯越南根据1982年《联合国海洋法公约》所规定的海域。"
    assert [t.value for t in find_times(s, "2019-09-12") if t.explicit_year] == [None]
    s2 = "两国于1982年签署了边界协定。"
    assert [t.value for t in find_times(s2, "2019-09-12") if t.explicit_year] == ["1982"]


def test_an_event_citing_a_dated_convention_takes_the_pages_day() -> None:
    from dipnet.pipeline import extract

    text = ("越南外交部发言人表态\n\n越通社河内9月12日电 越南外交部发言人黎氏秋恒表示,越南坚决反对"
            "外国调查船队严重侵犯越南根据1982年《联合国海洋法公约》所规定的海域的主权权利和管辖权。\n")
    doc = extract(text, source="x.txt")
    dated = [e.date for e in doc.events if e.date]
    assert dated and not any(d.startswith("1982") for d in dated)


def test_a_teaser_day_months_from_the_page_says_its_year_is_not_fixed() -> None:
    page = DateValue("2023-02-18", "day", "metadata", 0.9, "stamp")
    got = infer_brief_dates(["11月23日,友好组织在河内举办交流活动"], page)[0]
    assert got is not None and got.date == "2023-11-23" and got.confidence < 0.5
    assert "not fixed" in got.evidence
    near = infer_brief_dates(["2月16日,友好组织在河内举办交流活动"], page)[0]
    assert near is not None and near.confidence >= 0.7


def test_a_dateline_past_a_long_lead_still_dates_the_page() -> None:
    from dipnet.pipeline import extract

    lead = "越南驻日本大使馆举办越南文化日活动,吸引了大量日本民众参加。" * 25
    for date_words in ("2025年3月12日", "3月12日"):
        text = (f"越南驻日本大使馆举办越南文化日活动\n\n{lead}\n越通社东京——{date_words},越南驻日本大使馆在当地"
                "举办越南文化日活动。大使表示,2025年是两国关系提升后的第二年,2026年两国将举办更多活动。\n")
        got = extract(text, source="x.txt").published
        # the written year stands; with month and day only, the day is the dateline's (the year is voted)
        assert got is not None and got.method == "dateline"
        assert got.date == "2025-03-12" if "年" in date_words else got.date.endswith("-03-12")


def test_a_paragraph_opening_with_a_year_frames_the_events_it_goes_on_to_tell() -> None:
    from dipnet.pipeline import extract

    text = ("越南外交年终回顾\n2020年1月5日 10:00\n越南外交部门总结一年来的工作。\n\n"
            "2019年,越南外交工作亮点纷呈。出口情况显著提高。此外,越南同欧盟签署了《自由贸易协定》。\n\n"
            "越南同欧盟签署了《投资保护协定》。\n")
    doc = extract(text, source="x.txt")
    dates = [e.date for e in doc.events if e.type == "AGREEMENT"]
    assert dates and dates[0] == "2019"
    assert all(d != "2019" for d in dates[1:])  # the next paragraph is not framed by it


def test_a_block_of_office_holders_who_took_office_years_after_the_page_takes_the_latest_start() -> None:
    page = DateValue("2016-05-10", "day", "metadata", 0.9, "stamp")
    briefs = ["总理王五会见外宾", "总书记赵六出席典礼", "某市探讨提升治理措施"]
    tenures = [[("王五", "2021-04-05", None)], [("赵六", "2024-08-03", None)], []]
    got = infer_brief_dates(briefs, page, tenures=tenures)
    assert [(d.date, d.precision) for d in got if d] == [("2024", "year")] * 3
    # a term in the block that had ended by then: no floor is claimed, each keeps its own edge
    tenures = [[("王五", "2021-04-05", "2022-01-01")], [("赵六", "2024-08-03", None)], []]
    got = infer_brief_dates(briefs, page, tenures=tenures)
    assert [d.date for d in got if d] == ["2021", "2024", "2016-05"]


def test_a_teaser_whose_headline_names_an_anniversary_keeps_its_year_against_the_block() -> None:
    page = DateValue("2025-03-01", "day", "metadata", 0.9, "stamp")
    briefs = ["2025年3月2日,两国举行会谈", "2025年3月3日,部长会见来宾", "越南国会80周年:政治稳定的支柱"]
    got = infer_brief_dates(briefs, page)
    assert got[2] is not None and (got[2].date, got[2].precision) == ("2026", "year")
    # an anniversary only in a photo caption below the headline recalls an older occasion
    briefs[2] = "某地举行表彰大会\n图为庆祝国会80周年活动现场"
    got = infer_brief_dates(briefs, page)
    assert got[2] is not None and got[2].date.startswith("2025")


def test_so_many_years_before_the_report_is_a_year_the_pages_date_fixes() -> None:
    from dipnet.timex import find_times

    def years(s: str) -> list[str | None]:
        return [t.value for t in find_times(s, "2025-09-05") if t.precision == "year"]

    assert years("两国于30年前建交。") == ["1995"]
    assert years("主席80周年前宣读了宣言。") == ["1945"]
    assert years("贸易额比10年前增长了两倍。") == [None]  # a baseline compared with
    assert years("20多年前两国建交。") == [None]  # not fixed


def test_a_teaser_of_a_site_read_long_after_its_page_is_of_the_read() -> None:
    # the site's related block lists the news of its read (data/crawl_windows.json), not of the page
    page = DateValue("2015-08-20", "day", "inferred", 0.7, "lead")
    url = "https://zh.vietnamplus.vn/some-story/41000.vnp"
    got = infer_brief_dates(["两国加强合作\\n11月19日,代表团对柬埔寨进行工作访问。", "两国人民友好交流"], page, url=url)
    assert got[0] is not None and got[0].date == "2025-11-19", got[0]
    assert got[1] is not None and got[1].precision == "year" and got[1].date in ("2025", "2026")
    # another site: the page's year still lends itself
    other = infer_brief_dates(["两国加强合作\\n11月19日,代表团对柬埔寨进行工作访问。"], page, url="https://example.org/1.html")
    assert other[0] is not None and other[0].date.startswith("2015")
