"""A page's date on never-seen pages (invented sentences and addresses, pd1): a site's clock naming its time
zone over the page is no stamp of the page, a stamp written 'dd/mm/yyyy - HH:MM', a dated headline under the
story is a link's, and summits named by their host in the forms other outlets write them."""

from __future__ import annotations

from dipnet.pipeline import extract
from dipnet.timex.year import infer_year

TENURE = [("甲某", "2013-03-14", None), ("乙某", "2012-05-01", None)]


def _published(text: str, url: str | None = None) -> str | None:
    got = extract(text, url=url).published
    return got.date if got else None


def test_a_clock_naming_its_zone_over_the_page_is_the_sites_not_the_pages() -> None:
    text = ("无障碍链接\n\n中国时间 09:15 2024年6月3日 星期一\n\n甲国总统周五开始访问乙国\n\n"
            "甲国总统某某星期五将开始对乙国的访问,这是他就任以来的首次出访。\n双方预计签署多项协议。")
    assert _published(text, "https://news.example.org/zh/a/jia-yi-20130322/12345.html") == "2013-03-22"


def test_a_stamp_written_day_month_year_dash_clock() -> None:
    text = "20/03/2023 - 18:44\n\n甲国总统某某于3月20日星期一抵达乙国首都,对乙国进行国事访问。\n双方将举行会谈。"
    assert _published(text, "https://mirror.example.io/2303/news/2023/03/21/jia-yi.html") == "2023-03-20"


def test_a_dated_headline_under_the_story_is_a_links_not_the_pages_stamp() -> None:
    text = ("甲国和乙国被曝举行秘密会谈\n近期,甲国与乙国高层官员在丙国秘密会面,这是双方首次进行的此类会谈。"
            "据透露,甲方代表在14日到达丙国首都。\n另外,甲国官员预计即将访问丁国。\n"
            "2024-05-20 06:05:52乙国证实与甲国举行间接谈判")
    assert _published(text, "https://news.example.com/world/100169/20240521/4656.html") == "2024-05-21"


def test_a_g20_summit_in_its_host_city_written_20_guo_jituan_or_with_its_gloss() -> None:
    got = infer_year("总理甲某今(9)日在新德里出席20国集团(G20)峰会第一阶段会议并发表讲话。", tenure=TENURE)
    assert got is not None and got.year == 2023
    got = infer_year("两国外长11月借二十国集团(G20)峇里岛峰会之机会晤。", tenure=TENURE)
    assert got is not None and got.year == 2022


def test_a_nuclear_security_summit_named_by_its_host() -> None:
    got = infer_year("两国政府21日宣布,两国首脑将于24日、25日荷兰核安全峰会期间举行会晤。", tenure=TENURE)
    assert got is not None and got.year == 2014


def test_a_lead_running_from_a_day_gives_the_reports_month_when_nothing_else_does() -> None:
    text = ("本报特约记者 某某\n甲国总理某某自6月22日起对乙国进行为期5天的正式访问。2025年是甲乙建交35周年。"
            "\n访问期间,双方将举行会谈。")
    got = _published(text)
    assert got is not None and got.startswith("2025-06")
    # a day told as the start of what has gone on since ('自…以来') is still no report's day
    text = "甲国总理某某自6月22日以来一直在乙国访问。2025年是甲乙建交35周年。"
    assert _published(text) == "2025"


def test_a_copy_whose_lead_opens_with_a_month_day_is_of_that_day_the_last_one_before_the_copy() -> None:
    text = ("发布时间:2024-11-23 13:20:20 来源: sp20241123\n12月7日,甲乙两国领导人会晤在甲国首都成功举行。"
            "甲国主席会见来访的乙国总理。\n双方同意加强合作。")
    assert _published(text) == "2023-12-07"  # December after the copy's November: the year before
    text = ("发布时间:2024-11-23 13:20:20 来源: sp20241123\n10月8日,甲乙两国领导人会晤在甲国首都成功举行。"
            "甲国主席会见来访的乙国总理。\n双方同意加强合作。")
    assert _published(text) == "2024-10-08"


def test_of_a_page_of_two_stories_under_their_own_stamp_lines_the_first_ones_years_date_it() -> None:
    text = ("甲乙外长视像会晤 就双边关系交换意见\n撰文:某某\n出版:更新:\n\n"
            "乙国外交部12月12日称,乙国外长某某12日下午同甲国外长进行视像会晤。"
            "这是两国外长11月借二十国集团(G20)峇里岛峰会之机会晤后首次会面。\n\n"
            "甲国外长将出席联合国大会一般辩论\n撰文:某乙\n出版:更新:\n\n"
            "甲国外交部发言人9月19日宣布,外长将出席第79届联合国大会一般辩论。\n\n"
            "2024年9月11日,甲国外长在丙市出席一场会议。")
    assert _published(text) == "2022-12-12"  # the first story's year, not the second's 2024


def test_a_summit_of_moon_jae_in_with_the_north_is_of_2018_or_later() -> None:
    got = infer_year("韩国总统府周日(29日)表示,文在寅总统在韩朝首脑会谈时转达了甲国的口信。",
                     tenure=[("文在寅", "2017-05-10", "2022-05-09")])
    assert got is not None and got.year == 2018
