"""Titles on invented pages (session 6, helper ti2): a title stays on one printed line."""
from __future__ import annotations

from dipnet.model import Page
from dipnet.normalize import normalize
from dipnet.segment import segment


def _title(text: str) -> str:
    return segment(normalize(Page(source="t.txt", text=text))).title


def test_caption_with_no_full_stop_is_not_run_into_the_story_under_it() -> None:
    # a headless opening: a photo's caption ending in its agency (no full stop), then the story
    page = ("date 2025-03-04 2月28日，甲國總統與乙國外長在首都舉行會談。路透社\n\n"
            "乙國外交部今天表示，雙方同意擴大經貿合作，並將在年內簽署新的投資協議，兩國官員已展開磋商。\n\n"
            "甲國總統辦公室稱，會談氣氛友好。\n")
    assert _title(page) == "date 2025-03-04 2月28日，甲國總統與乙國外長在首都舉行會談。路透社"


BODY = ("\n某某社金边3月5日电 柬埔寨首相3月5日在金边会见到访的老挝外长,双方就加强两国合作交换意见。"
        "\n首相表示,柬方愿同老方一道推动两国关系不断向前发展。")


def test_site_slogan_over_the_headline_and_its_stamp() -> None:
    # two headline-shaped lines over the stamp: the upper one is the site's slogan
    page = "某某丝路资讯权威发布平台\n柬埔寨首相会见老挝外长\n来源:某某社 责任编辑:某某某 2021-06-11 11:19:11" + BODY
    assert _title(page) == "柬埔寨首相会见老挝外长"


def test_outlet_line_under_the_headline_is_no_headline() -> None:
    page = "柬埔寨首相会见老挝外长 双方同意深化合作\n北方某某青年晚报客户端\n2019-11-28 16:21" + BODY
    assert _title(page) == "柬埔寨首相会见老挝外长 双方同意深化合作"


def test_site_welcome_line_over_the_headline() -> None:
    page = "欢迎光临某某国际经贸资讯网!\n投资与市场\n柬埔寨首相会见老挝外长\n2014-12-27" + BODY
    assert _title(page) == "柬埔寨首相会见老挝外长"
