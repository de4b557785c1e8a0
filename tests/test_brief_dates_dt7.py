"""Teaser dates (dt7, stop 42): a card's own stamp dates it ahead of an earlier day its summary tells.
Invented pages: every headline, summary, caption and stamp is written for these tests."""

from __future__ import annotations

import pytest

from dipnet.model import DateValue
from dipnet.pipeline import extract
from dipnet.timex import infer_brief_dates

PAGE = DateValue("2025-03-08", "day", "metadata", 0.9, "page stamp")
HEAD = ("秘鲁外长会见新加坡贸工部长\n\n2025-03-08 10:30 来源:某某网\n\n"
        "本网讯 秘鲁外长7日在利马会见了来访的新加坡贸工部长,双方同意深化两国经贸合作。双方还就地区形势交换了看法。\n\n"
        "双方表示将继续加强两国传统友谊。\n\n")
HEADT = ("秘魯外長會見新加坡貿工部長\n\n2025-03-08 10:30 來源:某某網\n\n"
         "（中央社記者某某利馬8日電）秘魯外長7日在利馬會見了來訪的新加坡貿工部長,雙方同意深化兩國經貿合作。雙方還就地區形勢交換了看法。\n\n"
         "雙方表示將繼續加強兩國傳統友誼。\n\n")
# (headline, summary with a day {m}月{d}日, the card's stamp day)
CARDS = [("智利总统会见阿根廷外长", "{m}月{d}日,智利总统在圣地亚哥会见了到访的阿根廷外长,双方同意重启边境贸易对话。", (2025, 3, 5)),
         ("巴西副总统出席地区峰会", "{m}月{d}日,巴西副总统在利马出席了地区经济峰会并发表讲话,呼吁加强区域合作。", (2025, 3, 4))]
CARDST = [("智利總統會見阿根廷外長", "{m}月{d}日,智利總統在聖地亞哥會見了到訪的阿根廷外長,雙方同意重啟邊境貿易對話。", (2025, 3, 5)),
          ("巴西副總統出席地區峰會", "{m}月{d}日,巴西副總統在利馬出席了地區經濟峰會並發表講話,呼籲加強區域合作。", (2025, 3, 4))]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
STAMPS = {
    "iso": lambda y, m, d: f"{y}-{m:02d}-{d:02d}",
    "iso clock": lambda y, m, d: f"{y}-{m:02d}-{d:02d} 10:30",
    "Mon D, Y": lambda y, m, d: f"{_MON[m - 1]} {d}, {y}",
    "cn clock": lambda y, m, d: f"{y}年{m}月{d}日 10:30",
    "short": lambda y, m, d: f"[{m:02d}-{d:02d}]",
    "day first": lambda y, m, d: f"{d:02d}/{m:02d}/{y}",
}


def _dates(text: str) -> list[tuple[str, str | None]]:
    doc = extract(text, source="probe.txt")
    return [(doc.original_text(b.headline.start, b.headline.end), b.published.date if b.published else None)
            for b in doc.briefs]


def _iso(ymd: tuple[int, int, int], back: int = 0) -> str:
    return f"{ymd[0]}-{ymd[1]:02d}-{ymd[2] - back:02d}"


# ---- a card's stamp over an earlier day told in its summary

@pytest.mark.parametrize("trad", [False, True], ids=["simplified", "traditional"])
@pytest.mark.parametrize("form", list(STAMPS))
def test_the_stamp_under_a_summary_dates_the_card_not_the_summarys_earlier_day(form: str, trad: bool) -> None:
    head, cards, more = (HEADT, CARDST, "相關新聞") if trad else (HEAD, CARDS, "相关新闻")
    lines = [more]
    for h, s, (y, m, d) in cards:
        lines += [h, s.format(m=m, d=d - 3), STAMPS[form](y, m, d)]
    assert _dates(head + "\n\n".join(lines) + "\n") == [(c[0], _iso(c[2])) for c in cards]


@pytest.mark.parametrize("stamp", ["2025-03-05", "Mar 5, 2025", "2025年3月5日 09:15", "05/03/2025"])
def test_a_stamp_line_outranks_a_day_told_before_it_in_the_teaser(stamp: str) -> None:
    brief = "智利总统会见阿根廷外长\n3月2日,智利总统在圣地亚哥会见了到访的阿根廷外长。\n" + stamp
    got = infer_brief_dates([brief], PAGE)[0]
    assert got is not None and got.date == "2025-03-05"


# guards: no stamp, the summary's day stands; a stamp over the headline came first already; a stamp of the same day
@pytest.mark.parametrize("trad", [False, True], ids=["simplified", "traditional"])
def test_guard_without_a_stamp_the_summarys_day_dates_the_card(trad: bool) -> None:
    head, cards, more = (HEADT, CARDST, "相關新聞") if trad else (HEAD, CARDS, "相关新闻")
    lines = [more]
    for h, s, (_y, m, d) in cards:
        lines += [h, s.format(m=m, d=d - 3)]
    assert _dates(head + "\n\n".join(lines) + "\n") == [(c[0], _iso(c[2], 3)) for c in cards]


def test_guard_a_stamp_over_the_headline_dates_the_card() -> None:
    lines = ["相关新闻"]
    for h, s, (y, m, d) in CARDS:
        lines += [STAMPS["iso"](y, m, d), h, s.format(m=m, d=d - 3)]
    assert _dates(HEAD + "\n\n".join(lines) + "\n") == [(c[0], _iso(c[2])) for c in CARDS]


def test_guard_a_day_inside_a_sentence_is_no_stamp_line() -> None:
    brief = "智利总统会见阿根廷外长\n双方商定,3月2日起重启边境贸易对话,3月5日召开首次会议。"
    got = infer_brief_dates([brief], PAGE)[0]
    assert got is not None and got.date == "2025-03-02"


# ---- a photo caption's archive year dates nothing but the caption

CAPTIONS = {"credit": "2018年5月,两国领导人在首都会晤。图自越通社", "archive": "资料图：2018年5月,两国领导人在首都会晤。",
            "archive trad": "資料圖：2018年5月,兩國領導人在首都會晤。", "source": "2018年5月,两国外长在利马会谈。图片来源:某某社"}


@pytest.mark.parametrize("where", ["over the first card", "over every card", "under each summary"])
@pytest.mark.parametrize("form", list(CAPTIONS))
def test_a_captions_older_year_does_not_pull_the_block_to_it(form: str, where: str) -> None:
    trad = form.endswith("trad")
    head, cards, more = (HEADT, CARDST, "相關新聞") if trad else (HEAD, CARDS, "相关新闻")
    cap = CAPTIONS[form]
    lines = [more] + ([cap] if where == "over the first card" else [])
    for h, s, (_y, m, d) in cards:
        card = [h, s.format(m=m, d=d)]
        lines += [cap] + card if where == "over every card" else card + [cap] if where == "under each summary" else card
    assert _dates(head + "\n\n".join(lines) + "\n") == [(c[0], _iso(c[2])) for c in cards]


def test_an_archive_photos_year_dates_nothing_even_on_an_undated_page() -> None:
    briefs = ["智利总统会见阿根廷外长\n资料图：2018年5月,两国领导人在首都会晤。\n3月5日,智利总统在圣地亚哥会见了到访的阿根廷外长。",
              "巴西副总统出席地区峰会\n3月4日,巴西副总统在利马出席了地区经济峰会。"]
    got = infer_brief_dates(briefs, None, context_years=[2025])
    assert [d.date if d else None for d in got] == ["2025-03-05", "2025-03-04"]


# guards: a caption of the block's own year; an old page under a block of later news whose caption tells that year
def test_guard_a_caption_of_the_blocks_own_year_still_dates_the_block() -> None:
    briefs = ["智利总统会见阿根廷外长\n2025年3月,两国领导人在首都会晤。图自越通社\n3月5日,智利总统在圣地亚哥会见了到访的阿根廷外长。",
              "巴西副总统出席地区峰会\n3月4日,巴西副总统在利马出席了地区经济峰会。"]
    got = infer_brief_dates(briefs, DateValue("2019-06-10", "day", "metadata", 0.9, "page stamp"))
    assert [d.date if d else None for d in got] == ["2025-03-05", "2025-03-04"]


# ---- tomorrow glossed by its day (明日（…）): a teaser's stamp still dates it; with none, the day before the one named

GLOSSED = [("行政長官明日（三月六日）啓程赴北京出席會議", "行政長官將於明日啓程赴北京出席全國會議,並與中央部委官員會面。", 1),
           ("特首明天（3月6日）率团访问东盟三国", "特首将于明天率领代表团访问东盟三国,推动经贸合作。", 1),
           ("政務司司長後天（3月7日）出訪中東", "政務司司長將於後天出訪中東,推廣本地經貿優勢。", 2)]


@pytest.mark.parametrize(("headline", "summary", "ahead"), GLOSSED, ids=["明日 trad", "明天", "後天 trad"])
def test_a_day_glossing_tomorrow_dates_the_teaser_the_day_before(headline: str, summary: str, ahead: int) -> None:
    h, s, (_y, m, d) = CARDS[1]
    text = HEAD + "\n\n".join(["相关新闻", headline, summary, h, s.format(m=m, d=d)]) + "\n"
    assert _dates(text) == [(headline, "2025-03-05"), (h, "2025-03-04")]


@pytest.mark.parametrize("where", ["under", "over"])
@pytest.mark.parametrize(("headline", "summary", "ahead"), GLOSSED, ids=["明日 trad", "明天", "後天 trad"])
def test_guard_a_teasers_stamp_still_dates_it_over_a_glossed_tomorrow(headline: str, summary: str, ahead: int,
                                                                      where: str) -> None:
    h, s, (_y, m, d) = CARDS[1]
    card = [headline, summary, "2025-03-04"] if where == "under" else ["2025-03-04", headline, summary]
    text = HEAD + "\n\n".join(["相关新闻", *card, h, s.format(m=m, d=d), "2025-03-04"]) + "\n"
    assert _dates(text) == [(headline, "2025-03-04"), (h, "2025-03-04")]


def test_guard_a_planned_day_without_the_gloss_still_dates_nothing() -> None:
    brief = "特首将于3月9日率团访问东盟三国\n特首将于3月9日率领代表团访问东盟三国,推动经贸合作。"
    got = infer_brief_dates([brief, "巴西副总统出席地区峰会\n3月4日,巴西副总统在利马出席了地区经济峰会。"], PAGE)[0]
    assert got is not None and got.date != "2025-03-09"


@pytest.mark.parametrize("headline", ["特首明日三月六日率团访问东盟三国", "特首明天3月6日率团访问东盟三国",
                                      "特首明天（6日）率团访问东盟三国", "特首明天 (3月6日) 率团访问东盟三国"])
def test_tomorrow_told_with_its_day_without_brackets_or_a_month_dates_the_teaser_the_day_before(headline: str) -> None:
    briefs = [headline + "\n特首率领代表团访问东盟三国,推动经贸合作。", "巴西副总统出席地区峰会\n3月4日,巴西副总统在利马出席了地区经济峰会。"]
    got = infer_brief_dates(briefs, PAGE)
    assert [d.date if d else None for d in got] == ["2025-03-05", "2025-03-04"]
