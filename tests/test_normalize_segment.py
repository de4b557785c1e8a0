"""Normalization with its offset map, and segmentation of real and invented pages."""

from __future__ import annotations

from conftest import GOLD_DEV, GOLD_SEEDS, SEEDS, needs_corpus, score
from dipnet.model import Page
from dipnet.normalize import normalize
from dipnet.pipeline import extract
from dipnet.segment import segment


def test_traditional_page_is_simplified_and_spans_map_back_to_the_original():
    raw = "越南國家主席蘇林當選越共中央總書記\n\n中國外交部長王毅15日晚同美國國務卿通電話：雙方交換了意見。"
    doc = normalize(Page(source="t.txt", text=raw))
    assert doc.language == "zh-Hant"
    assert "越南国家主席苏林当选越共中央总书记" in doc.text and "通电话:双方" in doc.text
    start = doc.text.index("外交部长王毅")
    assert doc.original_text(start, start + 6) == "外交部長王毅"


def test_width_whitespace_and_offsets_of_every_character():
    raw = "12 月 29 日下午，ＡＳＥＡＮ  会议\r\n\r\n\r\n越南"
    doc = normalize(Page(source="w.txt", text=raw))
    assert doc.text == "12月29日下午,ASEAN会议\n\n越南"
    for i, ch in enumerate(doc.text):
        if ch not in " \n,":
            a, b = doc.to_original(i, i + 1)
            assert raw[a:b] in (ch, {"A": "Ａ", "S": "Ｓ", "E": "Ｅ", "N": "Ｎ"}.get(ch))


@needs_corpus
def test_seed_page_zones():
    doc = extract(SEEDS[0])
    kinds = {s.kind for s in doc.segments}
    assert {"title", "lead", "caption", "dateline", "attribution", "body", "more"} <= kinds
    assert doc.title == "外交为国家建设、发展及可持续融入国际做出贡献"
    captions = [doc.text[s.start:s.end] for s in doc.segments_of("caption")]
    assert captions[0].startswith("疫苗外交为越南成功实现防疫战略做出重要贡献")  # headline prefix recognized
    assert not any("ảnh" in c for c in captions)
    assert len(doc.briefs) == 7 and doc.briefs[5].caption is None  # the repeated headline is one brief


def test_page_without_more_block_and_cut_off_mid_sentence():
    text = ("越南与印尼加强防务合作\n\n越通社雅加达——5月13日上午,越南国防部长与印尼国防部长举行会谈。\n\n"
            "双方一致同意加强两国在海上安全、防务工业和培训等领域的合作,并就地区")
    doc = extract(text, source="cut.txt")
    assert doc.title == "越南与印尼加强防务合作" and doc.briefs == []
    assert doc.segments_of("dateline") and doc.segments_of("body")[-1].end == len(doc.text)


def test_navigation_lines_are_not_the_title():
    text = "首页 > 外交部长活动\n\n王毅同外国外长通电话\n\n2022-10-31 13:58\n\n2022年10月31日,王毅应约同外国外长通电话。"
    doc = segment(normalize(Page(source="nav.txt", text=text)))
    assert doc.title == "王毅同外国外长通电话"


@needs_corpus
def test_seed_titles_and_briefs_meet_the_floor(seed_records, tmp_path):
    s = score(GOLD_SEEDS, seed_records, tmp_path)
    assert s["titles"]["f1"] == 1.0
    assert s["briefs"]["f1"] >= 0.95


@needs_corpus
def test_dev_titles_and_briefs_floor(dev_records, tmp_path):
    s = score(GOLD_DEV, dev_records, tmp_path)
    assert s["titles"]["f1"] >= 0.85 and s["briefs"]["f1"] >= 0.9
