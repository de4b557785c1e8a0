"""Lines of other zones near the top are no headline, nor a caption's row a teaser row: invented pages
(issue 13, tb1)."""

from __future__ import annotations

from dipnet.pipeline import extract


def _kinds(doc, kind: str) -> list[str]:
    return [doc.text[s.start:s.end] for s in doc.segments_of(kind)]


def test_a_dateline_on_its_own_line_is_no_headline():
    lead = "经济部长今天接见来访的菲律宾贸易部次长一行,双方就半导体供应链合作交换意见。"
    text = (" date 2024-03-08 快讯\n\n中央社/高雄8日电\n\n" + lead + "\n\n"
            "经济部表示,双方同意明年在马尼拉续办产业对话,并扩大中小企业交流。")
    doc = extract(text, source="tb1-dateline.txt")
    # (the crawl's date line over a page cut above its headline is the first line the gold reads as its title: ti3,
    # the open pools fp42/fp47/fp57; the dateline still opens the story, and is no headline)
    assert doc.title == "date 2024-03-08 快讯"
    assert _kinds(doc, "dateline") == ["中央社/高雄8日电"]


def test_a_short_line_naming_the_photos_scene_is_a_caption_not_the_headline():
    lead = "3月5日,某省人民政府外事办公室举行新闻发布会,介绍该省与东盟国家友好城市交流合作情况。"
    text = (lead + "\n签约仪式现场\n"
            "近年来,该省与东盟国家新结友好城市九对,在职业教育和跨境物流领域签署合作项目二十余个。\n"
            "外事办公室负责人表示,下一步将继续拓展友城合作平台。")
    doc = extract(text, source="tb1-scene.txt")
    assert doc.title == lead
    assert "签约仪式现场" in _kinds(doc, "caption")


def test_a_photo_caption_with_its_credit_is_no_row_of_teasers():
    text = ("菲律宾外长会见日本驻菲大使\n\n"
            "菲律宾外交部长今天在马尼拉会见日本驻菲律宾大使,双方就海上安全合作交换了意见。\n\n"
            "菲律宾外交部长马纳罗 资料照片 ©美联社照片\n\n"
            "双方同意在今年下半年举行两国外交与国防部长对话。")
    doc = extract(text, source="tb1-credit.txt")
    assert doc.briefs == []
