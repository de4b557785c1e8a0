"""Titles on invented pages (stop 55, helper tl): the line chosen and its cut."""
from __future__ import annotations

from dipnet.model import Page
from dipnet.normalize import normalize
from dipnet.segment import segment


def _title(text: str) -> str:
    return segment(normalize(Page(source="t.txt", text=text))).title


def test_a_crawl_date_over_a_byline_on_a_page_printing_no_headline_stays_whole() -> None:
    page = (" date 2024-05-07 記者王小明／綜合報導\n\n"
            "甲國與乙國於6日首次舉行外交國防對話,雙方就區域局勢交換意見。\n\n"
            "甲國外交部表示,雙方同意持續深化安全合作。\n")
    assert _title(page).strip() == "date 2024-05-07 記者王小明／綜合報導"


def test_a_crawl_date_over_an_ad_notice_stays_whole() -> None:
    page = (" date 2024-05-07 我是廣告 請繼續往下閱讀\n\n"
            "甲國將於5月20日舉行全國大選,選民將選出新一屆國會議員。\n\n"
            "分析人士指出,此次選舉備受關注。\n")
    assert _title(page).strip() == "date 2024-05-07 我是廣告 請繼續往下閱讀"


def test_a_crawl_date_over_a_headline_still_gives_the_headline() -> None:
    page = (" date 2024-05-07 甲乙兩國外長會談 同意深化合作\n\n"
            "甲國外長6日與乙國外長舉行會談,雙方同意深化各領域合作。\n")
    assert _title(page) == "甲乙兩國外長會談 同意深化合作"
