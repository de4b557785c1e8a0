"""(h61 pd3, issue 13: page dates) A page's own date line in forms the reader missed, on invented pages.

- a site localizing the English order of a date prints the month's Chinese name in it ('八月 14, 2019 09:30'),
  the space before the day sometimes lost where the text is normalized;
- a bullet opens the line the date stands alone on ('• 2015年3月2日');
- an outlet not on the agencies' list opens a dateline as the listed ones do ('某某社河内7月5日电',
  '某某新闻网某城2月3日讯'): its month-day is the report's;
- '新中国' (New China) beside a partner's one character names no pair: '首批同新中国建交的国家…建交40年来' counts
  from that country's relations with China, not from Singapore's (新 is Singapore's short form beside 中).
"""

from __future__ import annotations

import pytest

from dipnet.timex.pairs import relation_in
from dipnet.timex.publication import infer_published
from dipnet.timex.stamps import header_stamp

_URL = "https://news.example.org/story/abcdef.html"


@pytest.mark.parametrize("line, date", [
    ("八月 14, 2019 09:30 Asia/Bangkok", "2019-08-14"),
    ("十二月05, 2016 21:07", "2016-12-05"),
    ("十一月 3, 2021 8:15", "2021-11-03"),
])
def test_a_chinese_month_name_in_the_english_order_is_read(line: str, date: str) -> None:
    st = header_stamp(f"两国外长举行会谈\n{line}\n某国外长与某国外长在首都举行会谈,讨论双边合作。")
    assert st is not None and st.date == date, st


def test_a_bulleted_date_line_is_the_page_stamp() -> None:
    st = header_stamp("• 2015年3月2日\n\n    两国同意加强贸易合作\n\n    某国总理说,两国将扩大农产品贸易。")
    assert st is not None and st.date == "2015-03-02", st


def test_a_bulleted_list_of_dated_headlines_is_no_stamp() -> None:  # (a guard: items of a list, not the page's own)
    text = ("• 2015年3月2日 两国同意加强贸易合作\n• 2015年3月1日 某国总理会见来访外长\n"
            "• 2015年2月27日 某国议长访问邻国\n某国外长说,两国将扩大合作。")
    st = header_stamp(text)
    assert st is None or st.date != "2015-03-02", st


@pytest.mark.parametrize("caption, dateline, day", [
    ("7月4日,两国总理在河内举行会谈。这是会谈现场。(图源:某报) |", "某某社河内7月5日电/据报道,两国总理4日在河内举行会谈。", "07-05"),
    ("2月2日,两国外长在金边举行会谈。", "某某新闻网金边2月3日讯 两国外长2日举行会谈。", "02-03"),
])
def test_an_unlisted_outlet_opens_a_dateline(caption: str, dateline: str, day: str) -> None:
    # (a photo's caption over the story tells the day of the talks; the dateline, the day of the report)
    text = f"两国总理举行会谈\n{caption}\n{dateline}\n双方同意在2018年完成边界勘定。"
    pub = infer_published(text=text, url=_URL, meta=None)
    assert pub is not None and pub.date[5:] == day, pub


def test_a_word_ending_in_she_is_no_dateline_without_its_day_and_dian() -> None:  # (a guard)
    text = "两国合作社代表会面\n某省合作社7月5日与邻国代表举行座谈。\n双方同意在2018年扩大合作。"
    pub = infer_published(text=text, url=_URL, meta=None)
    assert pub is None or "dateline" not in pub.evidence, pub


def test_new_china_names_no_pair_beside_a_partner() -> None:
    got = relation_in("部长指出,苏里南是首批同新中国建交的加勒比国家,来,两国始终相互支持")
    assert got is not None and got[0] == "1976-05-28", got


def test_china_and_singapore_told_by_their_characters_still_pair() -> None:  # (a guard)
    got = relation_in("部长指出,中新两国建交以来,双边合作不断深化")
    assert got is not None and got[0] == "1990-10-03", got


def test_a_page_counting_years_since_relations_with_new_china_is_dated_by_them() -> None:
    text = ("两国元首举行会谈\n某某社北京11月20日电 国家主席习近平20日同苏里南总统会谈。\n"
            "习近平指出,苏里南是首批同新中国建交的加勒比国家,建交40年来,两国始终相互支持。")
    pub = infer_published(text=text, url=_URL, meta=None)
    assert pub is not None and pub.date == "2016-11-20", pub
