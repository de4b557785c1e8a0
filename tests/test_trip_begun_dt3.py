"""A trip begun on the report's day (helper dt3, invented sentences): a departure told done on a day it tells
(某某6日启程前往…, 今日启程,对…进行国事访问) leads the visit's status over a planned telling of its programme or of
the announcement retold; a stay told from the report's day until a later one (今天起至本周六(8日)出访…, 即日起至
9日…进行…访问) is under way, dated by its first day, not planned for its last."""

from __future__ import annotations

from dipnet.pipeline import extract


def _visits(text: str, url: str = "https://example.org/news/2021/05/06/a1.html") -> list[tuple[str | None, str, list[str]]]:
    doc = extract(text, url=url)
    return [(e.date, e.status, e.participants) for e in doc.events if e.type == "VISIT"]


def test_departure_today_beats_the_programme_told_ahead() -> None:
    text = ("外长出访\n\n新华网北京5月6日电 据报道,老挝外交部长沙伦赛6日启程前往泰国,进行为期三天的正式访问。\n"
            "沙伦赛将于当天中午飞抵曼谷,第一项日程是向一座纪念碑献花。\n")
    got = [(d, s) for d, s, who in _visits(text) if "泰国" in who]
    assert got and all(s == "occurred" for _, s in got) and got[0][0] == "2021-05-06", got


def test_departure_today_beats_the_announcement_retold() -> None:
    text = ("主席出访\n\n2021年5月6日 越南国家主席阮春福今日启程,对老挝、柬埔寨进行国事访问。\n"
            "外交部发言人此前宣布,应老挝国家主席本扬邀请,阮春福将于5月6日至9日对老挝进行国事访问。\n")
    got = [(d, s) for d, s, who in _visits(text) if "老挝" in who]
    assert got and all(s == "occurred" and d == "2021-05-06" for d, s in got), got


def test_departure_at_a_time_ahead_stays_planned() -> None:  # (a guard: 月底 is no day told)
    text = ("总理访华\n\n2021年5月6日 马来西亚总理将在本月底启程访问中国。\n"
            "他将在31日出发,访问中国7天。\n")
    got = [(d, s) for d, s, who in _visits(text) if "中国" in who]
    assert got and all(s == "planned" for _, s in got), got


def test_stay_from_today_until_a_weekday_is_under_way() -> None:
    text = "部长出访\n\n2021年5月6日 新加坡国防部长黄永宏今天起至本周六(10日)出访印度尼西亚。\n"
    assert ("2021-05-06", "occurred") in [(d, s) for d, s, _ in _visits(text)], _visits(text)


def test_stay_from_today_until_a_day_in_a_relative_clause() -> None:
    text = ("部长访马\n\n(布城6日讯)马来西亚外交部长希沙慕丁接待即日起至9日,在我国进行4天工作访问的新加坡外交部长维文。\n")
    got = _visits(text, "https://example.org/news/20210506/a2.html")
    assert ("2021-05-06", "occurred") in [(d, s) for d, s, _ in got], got


def test_today_then_to_a_place_is_no_span() -> None:  # (a guard: 到 before a land is 'to', not 'until')
    doc = extract("外长访华\n\n2021年5月6日 印度外交部长斯瓦拉杰将于今日起到中国进行3日的访问。\n",
                  url="https://example.org/news/2021/05/06/a3.html")
    got = [(e.date, e.end_date) for e in doc.events if e.type == "VISIT"]
    assert got and all(end is None or (d or "") <= end for d, end in got), got
