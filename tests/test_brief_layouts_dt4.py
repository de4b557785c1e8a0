"""Teaser (brief) blocks in the shapes and stamp forms outlets print them (dt4, stop 41): each teaser's
headline without its stamp, and its own date. Invented pages: headlines, story and stamps written for these tests."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

STORY = ("越南国会主席会见老挝国会代表团\n\n2019-07-08 10:30 来源:某某网\n\n"
         "越通社河内7月8日电 越南国会主席8日在河内会见了到访的老挝国会代表团,双方同意深化两国立法机构的合作。"
         "双方还就地区形势交换了看法。\n\n")
STORYT = ("越南國會主席會見老撾國會代表團\n\n2019-07-08 10:30 來源:某某網\n\n"
          "（中央社記者某某河內8日電）越南國會主席8日在河內會見了到訪的老撾國會代表團,雙方同意深化兩國立法機構的合作。"
          "雙方還就地區形勢交換了看法。\n\n")
ONE, ONET, DAY1 = "柬埔寨首相会见中国驻柬大使", "柬埔寨首相會見中國駐柬大使", ("2019", "07", "06")
TWO, TWOT, DAY2 = "泰国总理出席东盟经济论坛开幕式", "泰國總理出席東盟經濟論壇開幕式", ("2019", "07", "04")


def _briefs(text: str) -> list[tuple[str, str | None]]:
    doc = extract(text, source="probe.txt")
    return [(doc.original_text(b.headline.start, b.headline.end), b.published.date if b.published else None)
            for b in doc.briefs]


def _iso(d: tuple[str, str, str]) -> str:
    return "-".join(d)


# a stamp before the headline: a whole date, bare or bracketed, with the hour; a month and day in brackets
BEFORE = {
    "[iso]": lambda y, m, d: f"[{y}-{m}-{d}]",
    "【iso】": lambda y, m, d: f"【{y}-{m}-{d}】",
    "iso clock": lambda y, m, d: f"{y}-{m}-{d} 09:12",
    "cn": lambda y, m, d: f"{int(y)}年{int(m)}月{int(d)}日",
    "cn clock": lambda y, m, d: f"{int(y)}年{int(m)}月{int(d)}日 09:12",
    "(cn md)": lambda y, m, d: f"（{int(m)}月{int(d)}日）",
    "dmy slash": lambda y, m, d: f"{d}/{m}/{y}",
    "dmy dots": lambda y, m, d: f"{d}.{m}.{y}",
}


@pytest.mark.parametrize("form", list(BEFORE))
@pytest.mark.parametrize("trad", [False, True])
def test_a_stamp_before_the_headline_is_cut_and_dates_it(form: str, trad: bool) -> None:
    f = BEFORE[form]
    one, two = (ONET, TWOT) if trad else (ONE, TWO)
    text = (STORYT if trad else STORY) + f"{'相關新聞' if trad else '相关新闻'}\n{f(*DAY1)} {one}\n{f(*DAY2)} {two}\n"
    assert _briefs(text) == [(one, _iso(DAY1)), (two, _iso(DAY2))]


# (a slashed one on its own line was read before; on the headline's line it stayed in the headline)
@pytest.mark.parametrize(("form", "where"), [("dmy slash", "after"), ("dmy dots", "after"), ("dmy dots", "under"),
                                             ("dmy dots", "over")])
def test_a_day_first_stamp_dates_its_teaser(form: str, where: str) -> None:
    f = BEFORE[form]
    lines = {"after": [f"{ONE} {f(*DAY1)}", f"{TWO} {f(*DAY2)}"], "under": [ONE, f(*DAY1), TWO, f(*DAY2)],
             "over": [f(*DAY1), ONE, f(*DAY2), TWO]}[where]
    assert _briefs(STORY + "相关新闻\n" + "\n".join(lines) + "\n") == [(ONE, _iso(DAY1)), (TWO, _iso(DAY2))]


def test_a_month_past_twelve_in_the_middle_reads_month_first() -> None:
    # (a US-style "07/26/2019": 26 is no month, so 7 is)
    text = STORY + f"相关新闻\n{ONE}\n07/26/2019\n{TWO}\n07/24/2019\n"
    assert _briefs(text) == [(ONE, "2019-07-26"), (TWO, "2019-07-24")]


# guards (pass before and after): a part number and a year of a report open the headline's own words
@pytest.mark.parametrize("line", ["(1/3) 越南国会主席会见老挝国会代表团", "2019年度越南经济发展报告发布"])
def test_no_stamp_is_cut_from_a_headline_that_opens_with_its_own_figures(line: str) -> None:
    text = STORY + f"相关新闻\n{line}\n{ONE}\n"
    assert [h for h, _ in _briefs(text)] == [line, ONE]
