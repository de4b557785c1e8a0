"""Stray single spaces inside the clauses of running prose (old crawls) go; spaces in headlines, rows of
headlines, datelines, bylines and photo credits stay, and every character still maps back to the raw page.
Invented text only."""

from __future__ import annotations

from dipnet.model import Page
from dipnet.normalize import normalize

STORY = ("越老加强合作 推动边境贸易\n"
         "新华社万象3月2日电 老挝外交部副部长宋巴·林达2日在万象会见越南驻老挝大使,"
         "双方就加强两国边 境贸易交换了意见。宋巴·林达表示,老方愿同越方落实两国领导人 达成的共识,"
         "并欢迎越南国会副主席陈文 山下月来访。\n"
         "越老签署贸易协定 两国外长举行会谈,商定合作 越南总理会见老挝客人\n"
         "(记者 王明 李华)\n"
         "图为会见现场。新华社记者 张强 摄")


def _doc(text: str):  # type: ignore[no-untyped-def]
    return normalize(Page(source="invented.txt", text=text))


def test_stray_spaces_inside_clauses_go() -> None:
    text = _doc(STORY).text
    assert "两国边境贸易交换了意见" in text
    assert "两国领导人达成的共识" in text
    assert "国会副主席陈文山下月来访" in text


def test_offsets_map_back_to_the_raw_page() -> None:
    doc = _doc(STORY)
    assert all(doc.raw[doc.offsets[i]] == ch for i, ch in enumerate(doc.text))
    at = doc.text.index("陈文山")
    assert doc.raw[doc.offsets[at]:doc.offsets[at + 3]] == "陈文 山"


def test_headline_dateline_row_byline_and_credit_keep_their_spaces() -> None:
    text = _doc(STORY).text
    assert "越老加强合作 推动边境贸易" in text  # a headline
    assert "3月2日电 老挝外交部" in text  # a dateline before the first clause
    assert "越老签署贸易协定 两国外长举行会谈,商定合作 越南总理会见老挝客人" in text  # a row of headlines
    assert "(记者 王明 李华)" in text  # a byline
    assert "新华社记者 张强 摄" in text  # a photo credit after the last clause


def test_one_lone_space_in_a_clause_stays() -> None:
    # one alone is as likely a missing full stop between two sentences
    text = _doc("为了更好地阅读本页,请安装新的播放器 若要继续,请刷新本页。外交部长今天会见了来宾。").text
    assert "播放器 若要继续" in text
