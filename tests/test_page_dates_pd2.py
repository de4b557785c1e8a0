"""A page's year where neither its address nor a stamp dates it (issue 13, pd2; invented sentences): a term
of office counted in the text ('再度出任…满一百日', '上任以来…过去两年'), numbered ministerial meetings and a
summit told by its host city in a sentence, an anniversary told for next year with a partner of China's."""

from __future__ import annotations

from dipnet.timex.termage import term_age_votes
from dipnet.timex.year import infer_year

TENURE = [("甲某", "2013-03-14", None), ("乙某", "2012-05-01", None)]
TWICE = [("丙某", "2003-01-01", "2010-12-31"), ("丙某", "2023-01-01", None)]
ONCE = [("丁某", "2016-06-30", "2022-06-30")]


def test_a_second_term_counted_in_days_dates_the_page_to_its_month() -> None:
    got = infer_year("甲国总统丙某明日起对乙国进行国事访问。丙某再度出任甲国总统满一百日之际出访乙国。", tenure=TWICE)
    assert got is not None and got.year == 2023 and got.month == 4


def test_a_term_told_as_running_for_the_past_two_years() -> None:
    got = infer_year("甲国总统丁某上任以来,两国关系翻开新篇章,过去两年从转圜转为巩固。", tenure=ONCE)
    assert got is not None and got.year == 2018


def test_a_visit_of_some_days_after_a_term_began_is_no_count_of_the_term() -> None:
    assert term_age_votes("甲国总统丁某上任以来首次对乙国进行为期4天的国事访问。", ONCE) == []
    assert term_age_votes("甲国总统丁某就任后首次访问乙国,为期3天。", ONCE) == []


def test_numbered_ministerial_meetings_of_china_with_pacific_islands_and_latin_america() -> None:
    got = infer_year("两国外长将共同主持第2次中国—太平洋岛国外长会。", tenure=TENURE)
    assert got is not None and got.year == 2022
    got = infer_year("甲国总统将出席中国-拉美和加勒比国家共同体论坛第4届部长级会议开幕式。", tenure=TENURE)
    assert got is not None and got.year == 2025


def test_a_brics_summit_told_by_its_host_city_in_a_sentence() -> None:
    got = infer_year("甲乙两国同意撤离边境部队。金砖五国(BRICS)即将于9月3日在厦门举行高峰会,甲国总理可望出席。",
                     tenure=TENURE)
    assert got is not None and got.year == 2017


def test_an_anniversary_with_samoa_told_for_next_year() -> None:
    got = infer_year("11月18日,发言人乙某表示,明年将迎来中萨建交50周年,双边关系发展面临新的机遇。",
                     tenure=TENURE, month_day=(11, 18))
    assert got is not None and got.year == 2024


def test_a_date_in_a_photo_credit_line_is_the_photos_not_the_leads() -> None:
    from dipnet.pipeline import extract

    text = ("跳转至内容\n\n©Agence/PHOTO - 27/05/2013 ; CITY, Country - A ship (back) and a boat (front) near the islands.\n"
            "图像来源: picture-alliance\n\n据通讯社报道,甲国官员周五(9月6日)在首都通报说,甲国领导人在峰会期间同乙国领导人短暂会面。")
    got = extract(text, url="https://news.example.org/zh/a-1234567").published
    assert got is not None and got.date.endswith("09-06")


def test_a_first_visit_as_the_posts_holder_is_near_the_terms_start() -> None:
    tenure = [("甲某", "2013-03-16", None), ("乙某", "2009-01-20", "2017-01-20")]
    got = infer_year("甲国外长甲某十九日在华府会晤乙国副总统乙某。甲某先前多次造访华府,但这次是首次以外长身份访美。", tenure=tenure)
    assert got is not None and got.year == 2013
    got = infer_year("甲国外长甲某就任后首次出访,首站是乙国。乙国副总统乙某会见了他。", tenure=tenure)
    assert got is not None and got.year == 2013
    # a first visit to one country says nothing of how long the visitor has held the post
    assert term_age_votes("甲国外长甲某就任后首次访问丙国。", tenure) == []


def test_a_numbered_un_general_debate_gives_the_month_a_bare_dateline_day_lacks() -> None:
    from dipnet.pipeline import extract

    text = ("(纽约21日讯)第71届联合国大会一般性辩论週二在纽约联合国总部开幕,预计140多位国家元首和政府代表将出席并发言。"
            "\n联合国秘书长致辞时,呼吁各国尽快批准气候协议。")
    got = extract(text, url="http://news.example.com/?p=1").published
    assert got is not None and got.date == "2016-09-21"


def test_the_china_japan_four_point_consensus_is_of_november_2014() -> None:
    got = infer_year("甲乙会刚刚落幕,中日又生龃龉。对于中日四点原则共识中涉及岛屿的内容,日本外相表示立场没有变化。",
                     tenure=TENURE)
    assert got is not None and got.year == 2014 and got.month == 11


def test_a_dateline_day_after_the_early_day_it_previews_is_of_the_month_before() -> None:
    from dipnet.pipeline import extract

    text = ("甲乙两国同意结束边界对峙\n\n(通讯社新德里28日电)甲国外交部今天表示,甲乙两国已同意边界部队迅速撤离。"
            "\n\n金砖五国(BRICS)即将于9月3日在厦门举行高峰会,甲国总理可望出席会议。")
    got = extract(text, url="https://news.example.com/jia-yi-170221401.html").published
    assert got is not None and got.date == "2017-08-28"


def test_a_numbered_round_of_the_china_eu_strategic_dialogue_gives_year_and_month() -> None:
    from dipnet.pipeline import extract

    text = ("甲乙高级战略对话举行\n\n甲乙双方承诺将进一步深化战略合作关系。上述承诺是在1日布鲁塞尔召开的中国和欧盟高级战略对话"
            "第8轮会议上做出的。\n\n本次对话会是在双方为下月峰会做准备的背景下举行的。")
    got = extract(text, url="https://radio.example.vn/zh-CN/news/jia-yi-649838.vov").published
    assert got is not None and got.date == "2018-06-01"


def test_a_year_told_only_as_the_last_time_is_before_the_page() -> None:
    tenure = [("甲某", "2022-09-01", "2025-05-06"), ("乙某", "2021-12-08", "2025-05-06")]
    text = "甲国今天(29日)表示,乙国外长乙某将于下周访问甲国。乙某上次访问甲国是在2023年4月。发言人甲某说,两国关系稳定。"
    got = infer_year(text, tenure=tenure, month_day=(11, 29))
    assert got is not None and got.year == 2024
