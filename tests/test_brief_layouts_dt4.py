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


# block headings: brackets and arrows outlets dress them in, two-part headings read by their parts, an English name
@pytest.mark.parametrize("heading", ["▌延伸閱讀", "〖相关阅读〗", "— 相关新闻 —", "相關新聞》", "更多相关新闻", "更多相關新聞",
                                     "同類新聞", "即時新聞", "最新资讯", "热门资讯", "本網推薦", "人氣新聞", "最新動態",
                                     "相关新闻阅读", "你可能有興趣", "看更多", "相关新闻 RELATED NEWS"])
def test_a_heading_opens_a_block_of_undated_headlines(heading: str) -> None:
    text = STORYT + f"{heading}\n{ONET}\n{TWOT}\n"
    got = _briefs(text)
    assert [h for h, _ in got] == [ONET, TWOT]
    assert all(d is not None and len(d) < 10 for _, d in got)  # (no day of their own: a month or a year)


# guards (no block before or after): a tag row's and a topic box's label over the same lines stays no heading
@pytest.mark.parametrize("label", ["热门话题", "相关标签", "专题"])
def test_a_tag_or_topic_label_opens_no_block(label: str) -> None:
    assert _briefs(STORY + f"{label}\n{ONE}\n{TWO}\n") == []


# guard of the two-part headings: an empty "推荐内容" widget over a cookie banner (passes before, as no block opened)
def test_a_cookie_banner_under_an_empty_block_is_no_teaser() -> None:
    banner = "本网站使用Cookie和类似技术改善您的浏览体验,继续浏览即视为您已同意我们的做法。"
    assert _briefs(STORY + f"推荐内容\n关闭\n{banner}\n") == []


# no heading at all: stamps before each headline of a list under the story
@pytest.mark.parametrize("form", ["[iso]", "cn", "iso clock", "(cn md)"])
def test_a_list_of_headlines_each_after_its_stamp_is_teasers(form: str) -> None:
    f = BEFORE[form]
    assert _briefs(STORY + f"{f(*DAY1)} {ONE}\n{f(*DAY2)} {TWO}\n") == [(ONE, _iso(DAY1)), (TWO, _iso(DAY2))]


# guard: a chronology's dated lines under a story lie years apart; they are the story's, no teasers
def test_a_chronology_under_the_story_is_no_list_of_teasers() -> None:
    text = STORY + "1950年1月18日 两国正式建立外交关系\n1991年11月5日 两国关系实现正常化\n2008年5月30日 两国宣布把双边关系提升到新水平\n"
    assert _briefs(text) == []


@pytest.mark.parametrize(("prev", "nxt"), [("上篇:", "下篇:"), ("前一篇:", "後一篇:"), ("« 上一篇 ", "下一篇 » ")])
@pytest.mark.parametrize("where", ["on the line", "over it"])
def test_previous_and_next_links_are_teasers(prev: str, nxt: str, where: str) -> None:
    if where == "on the line":
        lines = [f"{prev}{ONE}", f"{nxt}{TWO}"]
    else:
        lines = [prev.strip(" :"), ONE, nxt.strip(" :"), TWO]
    assert [h for h, _ in _briefs(STORY + "\n".join(lines) + "\n")] == [ONE, TWO]


# a block whose headlines all close on a bare month and day or a day's word: those are stamps
@pytest.mark.parametrize("tails", [("7月6日", "7月4日"), ("昨天", "前天"), ("刚刚", "昨日")])
@pytest.mark.parametrize("bullet", ["", "· "])
def test_a_blocks_headlines_closing_on_a_day_are_cut_there(tails: tuple[str, str], bullet: str) -> None:
    got = _briefs(STORY + f"相关新闻\n{bullet}{ONE} {tails[0]}\n{bullet}{TWO} {tails[1]}\n")
    assert [h for h, _ in got] == [ONE, TWO]


# guard: one headline of the block closing on its own day keeps it
def test_one_headline_closing_on_a_day_keeps_it() -> None:
    own = "越南国会常委会会议将于7月20日"
    assert [h for h, _ in _briefs(STORY + f"相关新闻\n{ONE}\n{own}\n{TWO}\n")] == [ONE, own, TWO]


# what stands beside a teaser's stamp: a source after it, a comment counter after a bar, the outlet in brackets before
@pytest.mark.parametrize("shape", [
    lambda h, s: [f"{h} {s} 来源:某某网"],
    lambda h, s: [h, f"{s} | 评论 12"],
    lambda h, s: [f"[某某网] {h} {s}"],
    lambda h, s: [f"【某某日报】{h} {s}"],
])
def test_a_stamp_beside_a_source_or_a_counter_dates_its_teaser(shape) -> None:  # type: ignore[no-untyped-def]
    lines = shape(ONE, _iso(DAY1)) + shape(TWO, _iso(DAY2))
    assert _briefs(STORY + "相关新闻\n" + "\n".join(lines) + "\n") == [(ONE, _iso(DAY1)), (TWO, _iso(DAY2))]


# a list of a topic's stories of months apart, each told with its own day: no block month holds them near it
THREE = "印尼外长访问菲律宾讨论海上合作"


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (0, 2)])
@pytest.mark.parametrize("told", ["summary", "stamp"])
def test_teasers_of_months_apart_keep_their_own_days(order: tuple[int, ...], told: str) -> None:
    stories = [(ONE, "6月20日", "2019-06-20"), (TWO, "5月20日", "2019-05-20"), (THREE, "3月16日", "2019-03-16")]
    lines: list[str] = []
    for i in order:
        head, day, iso = stories[i]
        lines += [head, f"{day},双方在首都举行了会谈,就合作议题交换意见。" if told == "summary" else iso]
    assert _briefs(STORY + "相关新闻\n" + "\n".join(lines) + "\n") == [(stories[i][0], stories[i][2]) for i in order]


# guard: teasers of one month keep the block's month for the one with no day of its own
def test_a_teaser_with_no_day_in_a_block_of_one_month_gets_that_month() -> None:
    lines = [ONE, "7月6日,双方在首都举行了会谈。", TWO, "7月4日,泰国总理出席了论坛开幕式。", THREE, "双方讨论了海上合作。"]
    assert _briefs(STORY + "更多\n" + "\n".join(lines) + "\n") == [(ONE, "2019-07-06"), (TWO, "2019-07-04"), (THREE, "2019-07")]


# an editor's sign-off closing the story, then teasers with no heading: headlines, or summary cards with their stamps
@pytest.mark.parametrize("signoff", ["(责编:某某、某某)", "（责任编辑：某某）", "责任编辑:某某", "(編輯:某某)"])
def test_headlines_under_an_editors_signoff_are_teasers(signoff: str) -> None:
    assert [h for h, _ in _briefs(STORY + f"{signoff}\n{ONE}\n{TWO}\n")] == [ONE, TWO]


@pytest.mark.parametrize("signoff", ["(责编:某某、某某)", "（责任编辑：某某）"])
def test_summary_cards_under_an_editors_signoff_are_dated_teasers(signoff: str) -> None:
    one, two = "双方就合作议题交换了意见,并同意加强交流。", "泰国总理出席了论坛开幕式并发表讲话。"
    text = STORY + f"{signoff}\n{one}\n{_iso(DAY1)}\n{two}\n{_iso(DAY2)}\n"
    assert _briefs(text) == [(one, _iso(DAY1)), (two, _iso(DAY2))]


# guard: only the site's furniture under the sign-off
def test_furniture_under_an_editors_signoff_is_no_teaser() -> None:
    assert _briefs(STORY + "(责编:某某)\n参与讨论\n我要评论\n") == []


def _story_on(iso: str) -> str:
    y, m, d = iso.split("-")
    return STORY.replace("2019-07-08", iso).replace("7月8日", f"{int(m)}月{int(d)}日").replace("8日", f"{int(d)}日")


# the year's turn where a teaser's bare year (next year's plan, last year's review) voted the block into its year
@pytest.mark.parametrize(("page", "days"), [
    ("2025-12-30", (("12月28日", "2025-12-28"), ("12月29日", "2025-12-29"))),
    ("2026-01-02", (("12月30日", "2025-12-30"), ("1月1日", "2026-01-01"))),
])
# (the review of the year before is a guard: its year was right before the change too)
@pytest.mark.parametrize("outlook", ["2026年越南外交工作的五大重点", "修订2026年立法工作安排", "2025年越南经济回顾"])
def test_a_bare_year_of_a_plan_does_not_move_the_days_across_the_turn(
        page: str, days: tuple[tuple[str, str], ...], outlook: str) -> None:
    lines = [outlook, "新的一年,各方将继续推进相关工作。"]
    for head, (md, _) in zip((ONE, TWO), days, strict=True):
        lines += [head, f"{md},双方在首都举行了会谈。"]
    got = _briefs(_story_on(page) + "更多\n" + "\n".join(lines) + "\n")
    assert got[1:] == [(ONE, days[0][1]), (TWO, days[1][1])]
    assert got[0][1] is not None and got[0][1][:4] in (page[:4], days[0][1][:4])  # (the outlook: no month of another year)


# guard: far from the turn a bare year of a plan changes nothing
def test_far_from_the_turn_the_days_keep_the_voted_year() -> None:
    lines = ["2019年越南外交工作的五大重点", "新的一年,各方将继续推进相关工作。", ONE, "7月6日,双方在首都举行了会谈。"]
    assert _briefs(STORY + "更多\n" + "\n".join(lines) + "\n")[1] == (ONE, "2019-07-06")


# a stamp after the caption that opens the next card is that card's, not the one above (only one card dated)
@pytest.mark.parametrize("stamp", ["2019-07-04", "2019年7月4日", "(07-04)"])
def test_a_stamp_after_a_cards_caption_dates_that_card(stamp: str) -> None:
    cap = "会谈现场。图自越通社"
    lines = [cap, ONE, "双方就深化合作交换了意见。", cap, stamp, TWO, "论坛吸引了众多企业代表参加。", cap, THREE, "两国外长讨论了海上合作问题。"]
    got = _briefs(STORY + "相关新闻\n" + "\n".join(lines) + "\n")
    assert [h for h, _ in got] == [ONE, TWO, THREE]
    assert got[1][1] == "2019-07-04" and got[0][1] != "2019-07-04"


# one related link on its line, its label dressed in a bullet, an arrow or a bar
@pytest.mark.parametrize("line", ["▶延伸閱讀:{h}", "★相關報導:{h}", "延伸閱讀》{h}", "延伸阅读 | {h}", "〖延伸阅读〗{h}", "相关新闻>>{h}",
                                  "相關閱讀→{h}"])
@pytest.mark.parametrize("where", ["in the story", "under it"])
def test_one_related_link_with_a_dressed_label_is_a_teaser(line: str, where: str) -> None:
    para = "双方还签署了多项合作文件,涉及经贸和教育领域。越方表示愿同老方一道推动合作取得更多成果。"
    link = line.format(h=ONET)
    text = STORYT + (f"{link}\n{para}\n" if where == "in the story" else f"{para}\n{link}\n")
    assert [h for h, _ in _briefs(text)] == [ONET]


# more stamp spellings after or under a headline: day first with dashes, a month and day with its weekday, an ISO
# stamp with its zone, English with a weekday
SPELLED = {
    "dmy dash": lambda y, m, d: f"{d}-{m}-{y}",
    "dmy dash clock": lambda y, m, d: f"{d}-{m}-{y} 15:20",
    "md weekday": lambda y, m, d: f"{int(m)}月{int(d)}日 週六",
    "md (weekday)": lambda y, m, d: f"{int(m)}月{int(d)}日(六)",
    "iso zone": lambda y, m, d: f"{y}-{m}-{d}T09:12:00+08:00",
    "en weekday": lambda y, m, d: f"Sat, {d} Jul {y}",
}


@pytest.mark.parametrize("form", list(SPELLED))
@pytest.mark.parametrize("where", ["after", "under"])
def test_more_stamp_spellings_date_their_teasers(form: str, where: str) -> None:
    f = SPELLED[form]
    if where == "after":
        lines = [f"{ONET} {f(*DAY1)}", f"{TWOT} {f(*DAY2)}"]
    else:
        lines = [ONET, f(*DAY1), TWOT, f(*DAY2)]
    assert _briefs(STORYT + "相關新聞\n" + "\n".join(lines) + "\n") == [(ONET, _iso(DAY1)), (TWOT, _iso(DAY2))]


# guard: a headline whose own words run on after a month and day keeps them
def test_a_month_and_day_before_other_words_stays_in_the_headline() -> None:
    own = "越南将于7月6日周末举办文化节"
    assert [h for h, _ in _briefs(STORY + f"相关新闻\n{own}\n{ONE}\n")] == [own, ONE]


# one teaser of the block dated, the others not: they are of its month (a block is close in time), not of the year alone
@pytest.mark.parametrize(("lines", "want"), [
    ([f"{ONE} 2019-07-06", TWO, THREE], [(ONE, "2019-07-06"), (TWO, "2019-07"), (THREE, "2019-07")]),
    ([ONE, TWO, THREE, "2019-07-01"], [(ONE, "2019-07"), (TWO, "2019-07"), (THREE, "2019-07-01")]),
    ([ONE, "8月12日,双方在首都举行了会谈。", TWO, "双方讨论了合作。"], [(ONE, "2019-08-12"), (TWO, "2019-08")]),
])
def test_one_dated_teaser_dates_the_others_to_its_month(lines: list[str], want: list[tuple[str, str]]) -> None:
    assert _briefs(STORY + "更多\n" + "\n".join(lines) + "\n") == want


# guard: a credit line with the story going on under it (a crosshead, then two of its paragraphs) opens no block
def test_the_story_going_on_under_an_editors_line_is_no_block() -> None:
    paras = ["双方还签署了多项合作文件,涉及经贸、教育和卫生领域的合作内容。越方表示愿同老方一道推动合作取得更多成果。",
             "老方感谢越方的热情接待,并表示愿意继续深化两国在各个领域的交流与合作,共同推动两国关系发展。"]
    assert _briefs(STORY + "(责编:某某)\n双方关注的重点领域\n" + "\n".join(paras) + "\n") == []
