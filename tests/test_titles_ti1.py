"""Titles on pages never seen (issue 13, stop 50, ti1): what a site prints on the headline's own line
after or before the headline — a date stamp followed by the outlet's name ("标题 2007年06月20日15:34 某某网"),
a stamp whose clock stands in brackets ("标题 2010-09-03 (19:02)"), a reprint's label ("原标题:标题") —
and a headline line closing on its stamp that the line joiner must not run into the lead ("标题!标题
04/07/2017" over "当地时间…"). All text here is invented."""

from __future__ import annotations

from dipnet.model import Page
from dipnet.normalize import normalize
from dipnet.segment import segment
from dipnet.titleline import headline_span

HEAD = "越老两国外长在万象举行年度会晤"
BODY = ("\n越通社万象——3月5日,越南外交部长阮文甲在万象同老挝外长举行会晤,双方就加强两国外交部门合作交换意见。"
        "\n阮文甲表示,越方愿同老方一道推动两国关系不断向前发展。")


def _title(first: str, body: str = BODY) -> str:
    return segment(normalize(Page(source="t.txt", text=first + body))).title


def test_stamp_then_outlet_after_the_headline() -> None:
    assert _title(HEAD + " 2011年03月05日15:34 某某新闻网") == HEAD
    assert _title(HEAD + "(图) 2011年3月5日 09:20 南方日报") == HEAD + "(图)"
    assert _title(HEAD + " 2011-03-05 10:20 | 某某晚报") == HEAD


def test_a_headline_ending_in_a_name_is_kept_whole() -> None:
    # (no stamp before the last words: nothing is cut; a stamp then words that are no outlet's name: kept)
    assert headline_span(HEAD + "双方签署合作文件", ()) is None
    assert _title("外交部发言人2011年3月5日答记者问") == "外交部发言人2011年3月5日答记者问"


def test_bracketed_clock_after_the_stamp() -> None:
    assert _title(HEAD + " 2011-03-05 (19:02)") == HEAD


def test_reprint_label_before_the_headline() -> None:
    assert _title("原标题:" + HEAD) == HEAD
    assert _title("原標題:" + HEAD) == HEAD


def test_headline_closing_on_its_stamp_is_not_joined_to_the_lead() -> None:
    head = "“两国外长会”正式拉开帷幕!双方在万象共进晚宴"
    body = ("\n当地时间星期四下午5点半左右,越南外交部长阮文甲抵达万象,老挝外长在机场迎接,双方随后共进晚餐,并进行小范围会谈。"
            "\n此外老方也证实,两国外长将于次日签署合作文件。")
    assert _title(head + " 04/07/2017", body) == head
