"""Tests for the time stage: expression families, resolution, contradictions, page and teaser dates."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))  # src layout, not installed

from conftest import SHARED, needs_corpus  # noqa: E402
from dipnet.timex import (  # noqa: E402
    check_contradictions,
    find_times,
    infer_brief_dates,
    infer_published,
    resolve_month_day,
)
from dipnet.timex.stamps import url_date  # noqa: E402


def one(text: str, anchor: str | None, surface: str):
    """The expression covering `surface` in `text`."""
    times = find_times(text, anchor)
    i = text.index(surface)
    hits = [t for t in times if t.start <= i < t.end]
    assert hits, f"nothing found at {surface!r} in {[(text[t.start:t.end], t.value) for t in times]}"
    return hits[0]


@pytest.mark.parametrize("text,value", [
    ("2022年8月28日,外交部成立", "2022-08-28"),
    ("2014年12月25日召开", "2014-12-25"),
    ("25/12/2014 09:04 GMT+7", "2014-12-25"),
    ("2024-04-12 发布", "2024-04-12"),
    ("二〇二五年十二月二十日", "2025-12-20"),
    ("2012 年 12 月 29 日", "2012-12-29"),
])
def test_full_dates(text: str, value: str) -> None:
    t = find_times(text, "2026-02-05")[0]
    assert (t.value, t.precision, t.explicit_year) == (value, "day", True)


def test_year_month_and_years() -> None:
    assert (one("2021年1月召开的大会", None, "2021").value, one("2021年1月召开的大会", None, "2021").precision) == ("2021-01", "month")
    t = one("越南担任2017年亚太经合组织", None, "2017")
    assert (t.value, t.precision) == ("2017", "year")
    t = one("2020至2021年联合国安理会", None, "2020")
    assert (t.value, t.end_value, t.kind) == ("2020", "2021", "range")
    t = one("2016-2021年阶段", None, "2016")
    assert (t.value, t.end_value) == ("2016", "2021")
    t = one("2021-2025阶段海外越南人", None, "2021")
    assert (t.value, t.end_value) == ("2021", "2025")
    assert one("二〇二五年", None, "二〇二五").value == "2025"


def test_month_day_and_ranges() -> None:
    a = "2026-02-05"
    assert one("2月5日上午,苏林", a, "2月5日").value == "2026-02-05"
    t = one("13日上午举行", a, "13日")
    assert (t.value, t.precision, t.explicit_year) == ("2026-02-13", "day", False)
    t = one("12月23日至27日", "2025-12-20", "12月23日")
    assert (t.value, t.end_value, t.kind) == ("2025-12-23", "2025-12-27", "range")
    t = one("8月18日至20日", "2024-08-01", "8月18日")
    assert (t.value, t.end_value) == ("2024-08-18", "2024-08-20")
    assert one("10月6日至7日对法国", "2024-10", "10月6日").end_value == "2024-10-07"
    assert one("2月5-6日", a, "2月5").end_value == "2026-02-06"
    assert one("十二月二十日", "2025-12", "十二月").value == "2025-12-20"


def test_417_is_not_guessed() -> None:
    assert [t for t in find_times("越通社河内——417日下午,受委托", "2020-04") if t.precision == "day"] == []


def test_year_boundary_both_ways() -> None:
    assert resolve_month_day(1, 3, "2025-12-20") == "2026-01-03"
    assert resolve_month_day(12, 28, "2026-01-03") == "2025-12-28"
    assert resolve_month_day(6, 1, "2026") == "2026-06-01"  # year anchor: that year
    assert resolve_month_day(6, 1, None) == "--06-01"
    assert one("1月3日", "2025-12-20", "1月3日").value == "2026-01-03"
    assert one("12月28日", "2026-01-03", "12月28日").value == "2025-12-28"


@pytest.mark.parametrize("word,value,precision", [
    ("今年", "2026", "year"), ("去年", "2025", "year"), ("明年", "2027", "year"),
    ("今天", "2026-02-05", "day"), ("昨天", "2026-02-04", "day"), ("明天", "2026-02-06", "day"),
    ("当天", "2026-02-05", "day"), ("近日", "2026-02-05", "day"), ("日前", "2026-02-05", "day"),
    ("本月初", "2026-02", "month"), ("上月", "2026-01", "month"),
    ("周一", "2026-02-02", "day"), ("星期五", "2026-02-06", "day"), ("下周三", "2026-02-11", "day"),
])
def test_relative(word: str, value: str, precision: str) -> None:
    t = one(f"他{word}表示", "2026-02-05", word)
    assert (t.value, t.precision, t.kind) == (value, precision, "relative")


def test_relative_year_with_month() -> None:
    assert one("去年10月,两国", "2011-11-01", "去年").value == "2010-10"


def test_lunar() -> None:
    t = one("2月14日上午(农历乙巳年腊月二十七)", "2026-02", "农历")
    assert (t.value, t.kind) == ("2026-02-14", "lunar")
    assert one("大年初一", "2026-02-10", "大年初一").value == "2026-02-17"
    t = one("迎接丙午年新春", None, "丙午")
    assert (t.value, t.precision, t.kind) == ("2026", "year", "lunar")


def test_durations() -> None:
    for text, note in [("77年来,在党的", "77 years"), ("为期五天的访问", "5 days"),
                       ("参与维和行动逾十一载", "more than 11 years"), ("35年来", "35 years"),
                       ("20多年保持", "more than 20 years")]:
        t = find_times(text, "2026")[0]
        assert (t.kind, t.value) == ("duration", None), text
        assert t.note == note


def test_anniversaries() -> None:
    t = one("越罗建交75周年(1950年2月3日—2025年2月3日)", None, "75")
    assert (t.kind, t.value, t.precision) == ("anniversary", "2025-02-03", "day")
    # the span's inner dates are part of the anniversary, not separate dates
    assert len(find_times("越罗建交75周年(1950年2月3日—2025年2月3日)", None)) == 1
    t = one("纪念越南共产党建党96周年", None, "96")
    assert (t.kind, t.value) == ("anniversary", "2026")
    assert one("越中建交60周年", None, "60").value == "2010"
    t = one("正值东盟成立45周年暨东盟与中国建立战略对话伙伴关系21周年之际", None, "21")
    assert t.value == "2012"


def test_anniversaries_of_relations_named_in_full_or_short() -> None:
    # the two sides joined by 和 are one relation (和 lists no third party here)
    assert one("今年是越南和罗马尼亚建交75周年", None, "75").value.startswith("2025")
    # a one-character short form stands beside the side's own (越罗, 中俄), never inside a longer name:
    # 罗 in 密克罗尼西亚 is no Romania (whose relations with Vietnam date from 1950)
    assert one("越罗建交70周年", None, "70").value.startswith("2020")
    t = one("越南与密克罗尼西亚建交10周年", None, "10")
    assert not (t.value or "").startswith("1960"), t


def test_offset() -> None:
    t = find_times("xx2月5日", "2026-02", offset=100)[0]
    assert (t.start, t.end) == (102, 106)


def test_contradictions() -> None:
    # 2026-02-14 is lunar 12-27 of 乙巳; 大年初一 (first day of 丙午) is 2026-02-17
    text = "2月14日上午(2026年农历大年初一),苏林总书记走访"
    flags = check_contradictions(text, find_times(text, "2026-02"))
    assert len(flags) == 1 and "2026-02-14" in flags[0] and "2026-02-17" in flags[0]
    ok = "2月14日上午(农历乙巳年腊月二十七),范明政"
    assert check_contradictions(ok, find_times(ok, "2026-02")) == []
    wd = "8月27日(星期二)会见"
    assert check_contradictions(wd, find_times(wd, "2013")) == []
    assert len(check_contradictions(wd, find_times(wd, "2014"))) == 1


def test_page_metadata_wins() -> None:
    d = infer_published(text="8月17日下午,会议闭幕。", url=None, meta="2018-08-17T10:00:00Z")
    assert d is not None and (d.date, d.precision, d.method) == ("2018-08-17", "day", "metadata")


@pytest.mark.parametrize("text,value", [
    ("民间外交\n\n19:00 | 25/11/2023\n\n发挥越中人民论坛的作用", "2023-11-25"),
    ("越南国家主席\n\n更新時間:11:59 2024-08-03\n发布时间:15:59 2024-08-03\n", "2024-08-03"),
    (" date 2026-02-21 参与联合国维和行动逾十一载", "2026-02-21"),
    ("王毅同美国国务卿布林肯通电话\n\n2022-10-31 13:58\n\n", "2022-10-31"),
    ("日本与越南\n\n发布时间:2011年11月01日 09:34 | 来源:东方早报", "2011-11-01"),
])
def test_page_stamps(text: str, value: str) -> None:
    d = infer_published(text=text, url=None, meta=None)
    assert d is not None and (d.date, d.method) == (value, "metadata")


@pytest.mark.parametrize("url,value,precision", [
    ("http://xinhuanet.com/politics/2012-11/07/c_113631547.htm", "2012-11-07", "day"),
    ("https://www.fmprc.gov.cn/wjbzhd/202210/t20221031_10794377.shtml", "2022-10-31", "day"),
    ("http://mingpaocanada.com/Tor/htm/News/20131216/tcac1.htm?m=0", "2013-12-16", "day"),
    ("http://taiwan.cn/zt/szzt/shibohui/sbdt/201009/t20100903_1513784.htm", "2010-09-03", "day"),
    ("https://cn.baochinhphu.vn/slug-116240412172639346.htm", "2024-04-12", "day"),
    ("https://news.cts.com.tw/cna/international/202308/202308172216817.html", "2023-08-17", "day"),
    ("https://example.com/news/202308/abc.html", "2023-08", "month"),
])
def test_url_dates(url: str, value: str, precision: str) -> None:
    d = url_date(url)
    assert d is not None and (d.date, d.precision) == (value, precision)


def test_url_implausible() -> None:
    assert url_date("https://zh.vietnamplus.vn/slug/112778.vnp") is None
    assert url_date("https://x.vn/a-999999999999999999.htm") is None


def test_dateline_with_inferred_year() -> None:
    text = ("第30届外交工作会议圆满落幕\n越通社河内8月17日——8月17日下午,第30届外交工作会议正式落下帷幕。"
            "呼吁各国支持越南担任2020-2021年任期联合国安理会非常任理事国。")
    d = infer_published(text=text, url=None, meta=None)
    assert d is not None and (d.date, d.precision, d.method) == ("2018-08-17", "day", "dateline")


def test_day_only_dateline_with_url_month() -> None:
    d = infer_published(text="(中央社记者陈家伦河内17日专电)俄罗斯国防部长", meta=None,
                        url="https://news.example.tw/cna/202308/abc.html")
    assert d is not None and d.date == "2023-08-17"


def test_inferred_without_metadata() -> None:
    text = ("外交为国家建设做出贡献\n越通社河内——1945年8月28日,随着越南民主共和国临时政府的诞生,"
            "外交部也于同日成立。77年来,在党的英明领导下,越南外交部门不断成长。革新35年来,外交部门率先。"
            "越南担任2020至2021年联合国安理会非常任理事国。")
    d = infer_published(text=text, url=None, meta=None, title="外交为国家建设做出贡献")
    assert d is not None and (d.date, d.precision, d.method) == ("2022-08", "month", "inferred")
    assert "77年" in d.evidence and "1945" in d.evidence


def test_year_end_review() -> None:
    text = "2013年越南外交活动丰富而活跃\n越南外交活动丰富而活跃的2013年即将接近尾声。明年,越南将继续。"
    d = infer_published(text=text, url=None, meta=None, title="2013年越南外交活动丰富而活跃")
    assert d is not None and (d.date, d.precision) == ("2013-12", "month")


def test_numbered_event_and_lead() -> None:
    text = "在雅加达举行的第18届东盟峰会期间,于5月8日上午,政府总理阮晋勇会见了印度尼西亚总统。"
    d = infer_published(text=text, url=None, meta=None)
    assert d is not None and (d.date, d.precision) == ("2011-05-08", "day")


def test_tenure_intersection() -> None:
    text = "越共中央总书记、国家主席苏林于10月6日至7日对法国进行正式访问。"
    tenure = [("苏林", "2024-08-03", "2026-01-23"), ("苏林", "2024-05-22", "2024-10-21")]
    d = infer_published(text=text, url=None, meta=None, tenure=tenure)
    assert d is not None and (d.date, d.precision) == ("2024-10", "month")


def test_brief_dates() -> None:
    briefs = [
        "苏林总书记抵达万象\n越通社特派记者报道,2月5日上午,载有越共中央总书记苏林的专机抵达万象。",
        "柬埔寨媒体强调越南一贯的对外政策\n在越共中央总书记苏林于2月6日对柬埔寨王国进行国事访问前夕,"
        "柬埔寨《高棉时报》2月4日刊登了的文章。",
        "苏林总书记访柬\n越共中央总书记苏林将于2月6日率越南高级代表团对柬埔寨王国进行国事访问。",
        "从决议到实践\n值此越南共产党第十四次全国代表大会圆满闭幕暨纪念建党96周年(1930年2月3日 – 2026年2月3日)之际。\n"
        "2025年9月1日,越共中央总书记苏林会见洪森。",
        "越南公布选举结果\n越南国家选举委员会5日通过决议。",
    ]
    page = infer_published(text="77年来…", url=None, meta="2022-08")
    got = infer_brief_dates(briefs, page)
    assert [(d.date, d.precision) for d in got if d] == [
        ("2026-02-05", "day"), ("2026-02-04", "day"), ("2026-02", "month"), ("2026-02", "month"),
        ("2026-02-05", "day")]


def test_brief_year_boundary_and_fallback() -> None:
    briefs = ["甲\n12月30日,越南领导人致电。", "乙\n2026年1月2日,越南与老挝会谈。", "丙\n1月2日下午,会见。"]
    got = infer_brief_dates(briefs, None)
    assert [d.date for d in got if d] == ["2025-12-30", "2026-01-02", "2026-01-02"]
    assert infer_brief_dates(["没有日期的标题"], None) == [None]
    page = infer_published(text="", url=None, meta="2024-08-03")
    got = infer_brief_dates(["没有日期的标题"], page)[0]
    # no teaser dates itself: the block is taken as the news of the page's month, and says so
    assert got is not None and (got.date, got.precision) == ("2024-08", "month") and "page's month" in got.evidence


@needs_corpus
def test_measured_accuracy() -> None:
    """The development measurement on the annotated corpus."""
    from dipnet.timex.measure import run

    s = run(SHARED, verbose=False)
    assert s["seeds_dates_briefs"] >= 0.9 and s["seeds_dates_pages"] >= 0.8 and s["dev_dates_pages"] >= 0.75


def test_election_reported_on_term_start() -> None:
    text = ("其后,国会以无记名投票方式选举产生国会主席。473名在场国会代表投票赞成选举"
            "越共中央政治局委员、河内市委书记王廷惠同志为越南社会主义共和国国会主席。")
    tenure = [("王廷惠", "2021-03-31", "2024-04-26")]
    d = infer_published(text=text, url=None, meta=None, tenure=tenure)
    assert d is not None and (d.date, d.precision) == ("2021-03-31", "day") and "王廷惠" in d.evidence


def test_weekday_picks_year_within_terms() -> None:
    text = "8月27日(星期二)在河内主席府,越南国家主席张晋创会见了新任驻越大使。"
    d = infer_published(text=text, url=None, meta=None, tenure=[("张晋创", "2011-07-25", "2016-04-02")])
    assert d is not None and d.date == "2013-08-27"


def test_related_block_kept_out_of_page_evidence() -> None:
    main = "第30届外交工作会议圆满落幕\n越通社河内8月17日——8月17日下午,越南外交部的会议正式落下帷幕。\n" + "会议内容。" * 40
    block = "\n更多\n\n2026年越南侨务工作的五大转变\n2025年是关键一年,为落实越共十四大决议做出全面准备。\n"
    d = infer_published(text=main + block, url=None, meta=None)
    assert d is not None and d.date == "2018-08-17"


def test_an_era_bounds_the_year_from_below():
    from dipnet.timex.publication import infer_published

    text = "越共中央总书记、国家主席阮富仲致信古巴领导人,越南向古巴提供大米,协助古巴抗击新冠肺炎疫情。"
    got = infer_published(text=text, url=None, meta=None, tenure=[("阮富仲", "2018-10-23", "2021-04-05")])
    assert got is not None and got.date[:4] in ("2020", "2021"), got


def test_a_year_and_month_in_a_url_path():
    got = url_date("https://example.org/news/2025/06/protest-001.html")
    assert got is not None and got.date == "2025-06" and got.precision == "month"


def test_teaser_captions_cover_what_a_full_scan_of_the_caption_patterns_covers():
    import random
    import re

    from dipnet.timex.briefs import _captions

    line = re.compile(r"[^\n]*(?:图自|图片来源|截图|资料图|附图)[^\n]*")
    sentence = re.compile(r"[^。\n]*[。\s]\s?(?:图自|图片来源)")

    def covered(spans: list[tuple[int, int]]) -> set[int]:
        return {i for a, b in spans for i in range(a, b)}

    rng = random.Random(3)
    parts = ["图自", "图片来源", "截图", "资料图", "附图", "。", "\n", " ", "越南", "5月3日", "a", " \n"]
    for _ in range(3000):
        b = "".join(rng.choice(parts) for _ in range(rng.randint(0, 25)))
        full = [m.span() for m in line.finditer(b) if "\n" in b.strip()] + [m.span() for m in sentence.finditer(b)]
        assert covered(_captions(b)) == covered(full), b


def test_the_first_character_look_aheads_change_no_time_expression(monkeypatch):
    """Each time pattern opens with a look-ahead of the characters it can start with, for speed;
    random date-like text must be read exactly as by the patterns without it."""
    import random

    from dipnet.timex import parse, scan

    tokens = ["2014", "年", "5", "月", "12", "日", "号", "至", "-", "/", ".", "十二", "廿三", "三十一", "二〇二五",
              "农历", "正月", "初一", "甲午", "去年", "今天", "上", "周", "星期三", "为期", "五", "天", "多", "周年",
              "(", ")", "第", "越南", " ", "。", "来", "下午", "份", "两"]
    rng = random.Random(11)
    texts = ["".join(rng.choice(tokens) for _ in range(rng.randint(1, 30))) for _ in range(2500)]
    anchors = [None, "2015", "2015-06", "2015-06-15"]

    def read(t: str, a: str | None) -> list[tuple]:
        return [(x.start, x.end, x.value, x.precision, x.end_value, x.kind, x.note) for x in parse.find_times(t, a)]

    def forget() -> None:  # the readings are remembered per text: the second run must read again
        scan._scan.cache_clear()
        parse._find_times.cache_clear()

    forget()
    fast = [read(t, anchors[i % 4]) for i, t in enumerate(texts)]
    monkeypatch.setattr(scan, "_PATTERNS", scan._compile_table(first_chars=False))
    forget()
    assert [read(t, anchors[i % 4]) for i, t in enumerate(texts)] == fast
    forget()


def test_a_text_read_again_reads_as_read_fresh() -> None:
    """One scan of a text serves every reading of it (issue 17): read against one anchor, then
    another, at other offsets, a text gives what a first reading against that anchor gives, and
    what a caller does to the expressions it got does not reach the next caller."""
    from dipnet.timex import parse, scan

    text = "2024年5月3日,双方在河内会谈。去年10月,两国建交75周年。13日上午,外长表示,今年3月5日将访问。"
    order = [(None, 0), ("2025-01-02", 7), (None, 0), ("2025", 0), ("2025-01-02", 7), ("2023-12", 3)]
    again = [[(t.start, t.end, t.value, t.precision, t.note) for t in find_times(text, a, offset=o)]
             for a, o in order]
    fresh = []
    for a, o in order:
        scan._scan.cache_clear()
        parse._find_times.cache_clear()
        fresh.append([(t.start, t.end, t.value, t.precision, t.note) for t in find_times(text, a, offset=o)])
    assert again == fresh
    assert again[1][0][:3] == (7, 7 + len("2024年5月3日"), "2024-05-03")
    assert again[0] != again[3]  # the anchor still matters: '去年10月' is 2024-10 against 2025, nothing without
    got = find_times(text, "2025-01-02")
    got[0].start, got[0].value = -1, "changed"
    assert find_times(text, "2025-01-02")[0].value == "2024-05-03"


def test_contradiction_lookup_finds_the_neighbours_a_full_reading_finds() -> None:
    """check_contradictions looks up the dates beside each expression by position; on random
    layouts (unsorted, ties on both sides) it flags exactly what comparing every pair flags."""
    import datetime as dt
    import random

    from dipnet.model import TimeExpr

    def every_pair(times: list[TimeExpr]) -> list[str]:  # the reading before issue 17
        out = []
        solar = [t for t in times if t.kind in ("date", "range") and t.precision == "day" and t.value]
        for t in times:
            gap = 14 if t.kind == "lunar" else 4
            near = [s for s in solar if 0 <= t.start - s.end <= gap or 0 <= s.start - t.end <= gap]
            if near and t.kind == "relative":
                s = min(near, key=lambda s: min(abs(t.start - s.end), abs(s.start - t.end)))
                if dt.date.fromisoformat(s.value).weekday() != int(t.note.split()[1]) - 1:
                    out.append(s.value)
        return out

    rng = random.Random(5)
    flagged = 0
    for _ in range(300):
        times = []
        for _ in range(rng.randint(1, 12)):
            a = rng.randint(0, 80)
            if rng.random() < 0.5:
                day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 30))
                times.append(TimeExpr(a, a + rng.randint(4, 12), day.isoformat(), "day"))
            else:
                times.append(TimeExpr(a, a + 3, None, "day", kind="relative", note=f"weekday {rng.randint(1, 7)}"))
        notes = check_contradictions("x" * 100, times)
        assert [n.split()[0] for n in notes] == every_pair(times)
        flagged += len(notes)
    assert flagged > 50  # the layouts do put wrong weekdays beside dates


# ---- the page's year from every signal (issue 13); all text below is invented


def test_url_path_year_then_monthday() -> None:
    d = url_date("http://paper.example.com/news/77/2019/0609/1234.htm")
    assert d is not None and (d.date, d.precision) == ("2019-06-09", "day")


@pytest.mark.parametrize("line,value", [
    ("2018-02-26 09:38:10 | 來源:某某新闻网", "2018-02-26"),
    ("15:17 | 31/12/2019", "2019-12-31"),
    ("2016年5月10日 | 15:05:27", "2016-05-10"),
    ("2024/09/14, 17:55 (GMT+7)", "2024-09-14"),
])
def test_timestamp_lines(line: str, value: str) -> None:
    text = f"某国外长会见友好代表团\n{line}\n双方就合作交换意见。"
    d = infer_published(text=text, url=None, meta=None)
    assert d is not None and d.date == value and d.method == "metadata"


def test_tenure_intersection_bounds_the_month_day() -> None:
    # two posts named: their terms meet only from May 2022 to January 2023, so 12月5日 is in 2022
    text = "12月5日下午,甲国国家主席张三与乙国总统李四举行会谈。双方同意到2023年把贸易额提高到一百亿美元。"
    tenure = [("张三", "2021-04-05", "2023-01-18"), ("李四", "2022-05-10", "2025-04-04")]
    d = infer_published(text=text, url=None, meta=None, tenure=tenure)
    assert d is not None and d.date == "2022-12-05"


def test_historical_figure_does_not_veto_the_present_terms() -> None:
    text = "1月13日,友好协会代表团进行座谈。双方回顾了由胡志明主席亲手缔造的传统友谊,介绍了2014年的活动。"
    tenure = [("胡志明", "1945-09-02", "1969-09-02"), ("王五", "2011-01", "2016-04")]
    d = infer_published(text=text, url=None, meta=None, tenure=tenure)
    assert d is not None and d.date[:4] in ("2014", "2015"), d


def test_anniversary_next_year_dates_the_page_a_year_before() -> None:
    text = "某某今天会见来访的国防部长。他说,明年是中越建交70周年,双方应推动合作提质升级。"
    d = infer_published(text=text, url=None, meta=None)
    assert d is not None and d.date[:4] == "2019", d


def test_era_bounds_the_year_from_below() -> None:
    # 新冠 cannot be spoken of before 2020, whatever year the text looks back to
    text = "双方讨论了抗击新冠肺炎疫情合作。2019年双边贸易额达到一百亿美元。"
    d = infer_published(text=text, url=None, meta=None)
    assert d is not None and int(d.date[:4]) >= 2020, d


def test_weekday_beside_a_month_day_picks_the_year_within_the_terms() -> None:
    text = "外交部发言人周三(10月2日)晚上表示强烈抗议。"
    tenure = [("赵六", "2023-07", None)]
    d = infer_published(text=text, url=None, meta=None, tenure=tenure)
    assert d is not None and d.date[:4] == "2024", d  # 2 Oct was a Wednesday in 2024, not 2023, 2025 or 2026


def test_site_id_calibration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dipnet.timex.siteclock import SiteClock, site_of

    clock = SiteClock()
    clock.learn([("https://news.example.vn/a-slug/1000.vnp", "2014-10-15"),
                 ("https://news.example.vn/b-slug-post3000.vnp", "2016-10-15"),
                 ("https://m.news.example.vn/c/5000.vnp", "2018-10-15")])
    assert site_of("https://m.news.example.vn/x/post2000.vnp") == ("news.example.vn", "id", 2000)
    est = clock.estimate("https://news.example.vn/x/2000.vnp")
    assert est is not None and est.lo is not None and est.hi is not None
    assert est.lo.year == 2014 and est.hi.year == 2016 and est.mid.year == 2015
    above = clock.estimate("https://news.example.vn/x/9000.vnp")
    assert above is not None and above.hi is None and above.lo is not None and above.lo.year == 2018
    table = tmp_path / "ids.json"
    table.write_text(json.dumps(clock.dump()), encoding="utf-8")
    monkeypatch.setenv("DIPNET_SITE_IDS", str(table))
    d = infer_published(text="越通社河内——6月3日,两国举行会谈。", url="https://news.example.vn/slug/2000.vnp", meta=None)
    assert d is not None and d.date == "2015-06-03" and "site id 2000" in d.evidence


def test_bad_site_id_table_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dipnet.timex.siteclock import site_clock

    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    monkeypatch.setenv("DIPNET_SITE_IDS", str(bad))
    with pytest.raises(ValueError, match="broken.json"):
        site_clock()


def test_dev2_page_dates_floor_with_held_out_ids(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """dev2 page dates with the id table built from dev only (dev2's own pages left out)."""
    shared = Path(__file__).resolve().parents[2] / "shared"
    if not (shared / "eval/gold/dev2.jsonl").exists():
        pytest.skip("../shared (the dev2 corpus and gold) is absent")
    from dipnet.contract import to_record
    from dipnet.pipeline import process_inputs
    from dipnet.timex.siteclock import SiteClock

    clock = SiteClock()
    gold_dev = [json.loads(x) for x in (shared / "eval/gold/dev.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    clock.learn([(g["url"], g["published"]["date"]) for g in gold_dev
                 if g.get("url") and (g.get("published") or {}).get("precision") in ("day", "month")])
    table = tmp_path / "ids.json"
    table.write_text(json.dumps(clock.dump()), encoding="utf-8")
    monkeypatch.setenv("DIPNET_SITE_IDS", str(table))
    records = [to_record(d) for d in process_inputs([str(shared / "corpus/dev2/pages.jsonl")])]
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = subprocess.run([sys.executable, str(shared / "eval/score.py"), "--gold", str(shared / "eval/gold/dev2.jsonl"),
                          "--pred", str(pred), "--json"], capture_output=True, text=True, check=True)
    pages = json.loads(out.stdout)["dates_pages"]
    assert pages["f1"] >= 0.75, pages  # measured 0.80 (was 0.58)


@pytest.mark.parametrize("url,value", [
    ("http://paper.example.cn/n/content_20231212_1.htm", "2023-12-12"),
    ("http://paper.example.cn/world/a-20190609-b.html", "2019-06-09"),
    ("http://paper.example.cn/a/show?id=7&date=2019-06-09", "2019-06-09"),
    ("http://paper.example.cn/news/201906/09/a.html", "2019-06-09"),
    ("http://paper.example.cn/2019/6/9/slug", "2019-06-09"),
    ("http://news.example.tw/news/aopl/201604120351-1.aspx", "2016-04-12"),
    ("http://paper.example.cn/202010/29920.html", "2020-10"),
])
def test_url_dates_of_every_common_shape(url: str, value: str) -> None:
    d = url_date(url)
    assert d is not None and d.date == value, d


def test_url_digits_that_are_no_day_give_nothing() -> None:
    assert url_date("https://news.example.com/story/7331/8961840") is None
    assert url_date("http://paper.example.cn/a/20991301/") is None  # month 13


@pytest.mark.parametrize("line,value", [
    ("發佈日期: 2020-01-02", "2020-01-02"),
    ("发文时间: 2019.06.09", "2019-06-09"),
    ("来源:人民网 2019-06-09", "2019-06-09"),
    ("2019-06-09 来源:人民日报", "2019-06-09"),
    ("31-12-2019 10:20", "2019-12-31"),
])
def test_more_page_stamp_formats(line: str, value: str) -> None:
    from dipnet.model import Page
    from dipnet.normalize import normalize

    text = normalize(Page(source="x", text=f"某国外长会见友好代表团\n{line}\n双方就合作交换意见。")).text
    d = infer_published(text=text, url=None, meta=None)
    assert d is not None and d.date == value and d.method == "metadata", d


def test_a_titled_post_is_matched_through_its_written_variants() -> None:
    from dipnet.timex.stage import _same_post

    assert _same_post("老挝人民革命党中央委员会总书记", "老挝人民革命党中央总书记")
    assert _same_post("老挝人民民主共和国主席", "国家主席")
    assert _same_post("越南政府副总理", "常务副总理")
    assert not _same_post("主任", "政府办公厅主任")  # a bare head of any office names no post
    assert not _same_post("中央对外部副部长", "外交部副部长")


def test_a_target_year_is_not_the_present() -> None:
    # '2023年将…提升至' is a goal set in 2022: the terms (2022-05..2023-01) fix the year
    text = "12月5日下午,甲国国家主席张三与乙国总统李四举行会谈。2023年将双边贸易额提升至1000亿美元。"
    tenure = [("张三", "2021-04-05", "2023-01-18"), ("李四", "2022-05-10", "2025-04-04")]
    d = infer_published(text=text, url=None, meta=None, tenure=tenure)
    assert d is not None and d.date == "2022-12-05", d


def test_a_later_edition_of_a_dated_series() -> None:
    text = ("10月26日,两国公安部共同主持召开第四次合作打击犯罪会议。该会议是两年轮流举行一次的部长级会议。"
            "在2012年10月举行的第三次合作打击犯罪会议后,两部合作取得积极结果。")
    tenure = [("张三", "2011-08", "2016-04")]
    d = infer_published(text=text, url=None, meta=None, tenure=tenure)
    assert d is not None and d.date == "2014-10-26", d


def test_a_session_of_a_numbered_term() -> None:
    from dipnet.timex.knowledge import numbered_mentions

    got = {(n.name, n.start) for n in numbered_mentions("越南第十四届国会第八次会议在河内开幕。") if n.kind == "event"}
    assert any(y == 2019 for _, y in got), got  # sessions twice a year from 2016: the 8th is in 2019
    got = {n.start for n in numbered_mentions("十三届全国人大一次会议在北京举行") if n.kind == "event"}
    assert got == {2018}


def test_congratulations_on_a_term_begun_before_date_the_page_after() -> None:
    text = ("多国领导人致电祝贺张三就任国会主席。\n"
            "此前3月31日,在国会会议上,484名国会代表中的467名已投赞成票,同意选举张三为国会主席。")
    d = infer_published(text=text, url=None, meta=None, tenure=[("张三", "2016-03-31", "2021-03-31")])
    assert d is not None and (d.date, d.precision) == ("2016-04", "month"), d


def test_a_historical_title_dates_nothing() -> None:
    from dipnet.kb import load_kb
    from dipnet.pipeline import extract
    from dipnet.timex.stage import _brief_finder, _tenure

    doc = extract("新加坡外交部表示,我国已故建国总理李光耀曾在回忆录里提过这一立场。总理李显龙出席。")
    names = {n for n, _, _ in _tenure(doc, load_kb(), _brief_finder(doc))}
    assert "李光耀" not in names


def test_a_bare_day_before_the_verb_and_a_list_of_days() -> None:
    got = {(t.value, t.end_value) for t in find_times("联合国大会7日选举越南等5国为非常任理事国。", "2019-06-09")}
    assert ("2019-06-07", None) in got
    got = {(t.value, t.precision) for t in find_times("习近平去年12月12、13日访问越南。", "2024-01-25")}
    assert ("2023-12-12", "day") in got
    r = [t for t in find_times("双方于12月12、13日举行会谈。", "2023-12-01") if t.kind == "range"]
    assert r and (r[0].value, r[0].end_value) == ("2023-12-12", "2023-12-13")
    assert not find_times("参加共7日游活动", "2023-12-01")  # a duration word after 日 is no day


def test_page_dates_without_any_site_calibration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every page scored as one from an outlet never seen: an empty id table (leave-site-out gives
    the same, since a page's site is the only one its id is read against)."""
    shared = Path(__file__).resolve().parents[2] / "shared"
    if not (shared / "eval/gold/dev2.jsonl").exists():
        pytest.skip("../shared (the dev and dev2 corpus and gold) is absent")
    from dipnet.contract import to_record
    from dipnet.pipeline import process_inputs

    table = tmp_path / "ids.json"
    table.write_text(json.dumps({"sites": {}}), encoding="utf-8")
    monkeypatch.setenv("DIPNET_SITE_IDS", str(table))
    for name, floor in (("dev", 0.87), ("dev2", 0.82)):  # measured 0.893 and 0.844 (0.857 and 0.711 before)
        records = [to_record(d) for d in process_inputs([str(shared / f"corpus/{name}/pages.jsonl")])]
        pred = tmp_path / f"{name}.jsonl"
        pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        out = subprocess.run([sys.executable, str(shared / "eval/score.py"), "--gold", str(shared / f"eval/gold/{name}.jsonl"),
                              "--pred", str(pred), "--json"], capture_output=True, text=True, check=True)
        pages = json.loads(out.stdout)["dates_pages"]
        assert pages["f1"] >= floor, (name, pages)


def test_brief_lookup_agrees_with_the_document() -> None:
    """The time stage looks up the teaser of many positions at once; it answers as
    Document.brief_at does, the first segment holding a position winning where two hold it
    (the segment stage gives the '更多' line both a 'more' and a 'heading' segment)."""
    from dipnet.model import Document, Segment
    from dipnet.timex.stage import _brief_finder

    text = "越南外长会见中国大使。\n更多\n两国举行会谈\n双方签署协议\n"
    segs = [Segment("title", 0, 11), Segment("more", 12, 14), Segment("heading", 12, 14),
            Segment("brief_headline", 15, 21, brief=0), Segment("brief_summary", 15, 18, brief=1),
            Segment("brief_headline", 22, 28, brief=1)]
    doc = Document("d", "d", text, text, list(range(len(text) + 1)), segments=segs)
    find = _brief_finder(doc)
    assert [find(p) for p in range(-2, len(text) + 3)] == [doc.brief_at(p) for p in range(-2, len(text) + 3)]
    assert find(16) == 0 and find(23) == 1 and find(0) is None


def test_patterns_compiled_to_skip_find_what_the_plain_patterns_find():
    """patterns.gated lets the engine skip to the characters a match can start with (issue 17); the
    set is read from the pattern, through alternatives, optional parts, look-arounds and line
    anchors. On random text every gated pattern must find exactly the plain pattern's matches."""
    import random
    import re

    from dipnet.timex.knowledge import _numbered
    from dipnet.timex.patterns import _first_set, first_chars, gated
    from dipnet.timex.stamps import STAMP_PATTERNS

    own = [r"(?<!\d)(\d{1,2})日", r"(?:^|\s)(?:date|日期)\s?[::]", r"(?m)^\s*(\d{4})年$", r"a*b|c?d",
           r"(?:x|)y", r"(?=\d)\d+(?!年)", r"(?<![中共])(?P<n>十[一二三四])大"]
    sources = own + [rx for rx, _ in STAMP_PATTERNS] + [p.pattern for _, pats in _numbered() for p, _ in pats]
    tokens = ["2014", "年", "5", "月", "12", "日", "date", " ", "\n", ":", "发布时间", "来源", "越共", "十二", "大",
              "中", "第", "届", "次", "x", "y", "a", "b", "c", "d", "-", "/", "15:05", "|", "。", "Date"]
    rng = random.Random(5)
    texts = ["".join(rng.choice(tokens) for _ in range(rng.randint(0, 40))) for _ in range(400)]
    for src in sources:
        fast, plain, firsts = gated(src), re.compile(src), first_chars(src)
        for t in texts:
            found = [(m.span(), m.groups()) for m in plain.finditer(t)]
            assert [(m.span(), m.groups()) for m in fast.finditer(t)] == found, (src, t)
            assert firsts is None or all(t[a] in firsts for (a, _), _ in found), (src, t)
    from re import _parser

    def first(src: str) -> set[str] | None:
        got = _first_set(_parser.parse(src))
        return None if got is None else {chr(v) for op, v in got[0] if str(op) == "LITERAL"}

    assert first(r"(?<!\d)(?:甲|乙)?丙") == {"甲", "乙", "丙"} == set(first_chars(r"(?<!\d)(?:甲|乙)?丙") or "")
    assert first_chars(r"(?<!\d)\d日") is None and first_chars(r"第(?P<n>\d+)届") == "第"
    assert first(r"[^a]b") is None and _first_set(_parser.parse(r"a?"))[1]  # type: ignore[index]


def test_every_match_holds_a_word_of_each_of_its_patterns_lists() -> None:
    """_scan skips a pattern where the text lacks a word of one of its lists (patterns.needs): each
    list must be one every match holds, or a skip would drop a date (issue 17)."""
    import random

    from dipnet.timex import scan
    from dipnet.timex.patterns import needs

    tokens = ["2024", "年", "5", "月", "3", "日", "号", "至", "-", "—", "~", "12", "十", "初一", "正月", "腊月", "甲午",
              "农历", "去年", "今年", "本月", "下月", "(", ")", "/", ".", "昨", "份", "底", "中旬", " ", "阶段", "任期",
              "时期", "访问", "8", "18", "20", "2023", "。", "甲午年正月初一", "2024年5月3日至5日", "昨(27)日",
              "今(10/30)日", "8/18-20访", "9至12日访问", "八月中旬", "2022.10.17-23"]
    rng = random.Random(17)
    table = scan._compile_table(first_chars=False)
    seen = set()
    for _ in range(4000):
        text = "".join(rng.choice(tokens) for _ in range(rng.randint(1, 14)))
        for name, (pattern, _) in table.items():
            for m in pattern.finditer(text):
                seen.add(name)
                near = text[m.start():m.end() + 2]  # year_range's look-ahead ('2021-2025任期') reads past the match
                for words in needs(name):
                    assert any(w in near for w in words), (name, text, words)
    assert {"full", "full_range", "lunar_year", "month_cn", "bracket_day", "slash_md", "day_range"} <= seen
