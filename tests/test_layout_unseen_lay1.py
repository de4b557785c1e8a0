"""Page-level layout slips that cost a whole page its events, facts and entities (lay1). All text here
is invented."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Page
from dipnet.normalize import normalize
from dipnet.pipeline import extract
from dipnet.segment import segment


def _doc(text: str):  # type: ignore[no-untyped-def]
    return segment(normalize(Page(source="t.txt", text=text)))


def _zones(text: str, line: str) -> set[str]:
    doc = _doc(text)
    at = doc.text.index(line)
    return {s.kind for s in doc.segments if s.start <= at < s.end}


# a page that opens with its story's first paragraph: no headline was printed (or crawled)
UNTITLED = ("3月5日,北方国外交部长甲乙丙在首都会见南方国驻该国大使丁戊己,双方就扩大两国贸易合作交换意见。"
            "甲乙丙表示,去年两国贸易额达到12亿美元,同比增长8.5%。\n"
            "丁戊己表示,南方国愿同北方国一道推动两国关系不断向前发展。")


def test_an_opening_paragraph_is_the_title_and_the_lead() -> None:
    doc = _doc(UNTITLED)
    first = UNTITLED.split("\n")[0]
    assert doc.title == first  # (the first line is all the page gives for a title)
    assert _zones(UNTITLED, "3月5日") == {"lead"}
    assert _zones(UNTITLED, "丁戊己表示") == {"body"}


# a wire story whose last line ends with its end mark, other stories' teasers under it (no 更多 marker)
WIRE = ("北方国纺织品出口增长\n"
        "据北方国纺织协会统计,今年前5个月,全国纺织品出口额达到45亿美元,同比增长7.5%。(越通社-VNA)\n"
        "南方国举办国际咖啡节\n"
        "南方国咖啡协会日前在首都举办第三届国际咖啡节,吸引大批游客前来参观。")


def test_a_wire_storys_last_line_over_its_teasers_is_the_storys() -> None:
    assert _zones(WIRE, "据北方国纺织协会") == {"lead"}  # (not also the block's "more" marker)
    assert _zones(WIRE, "南方国举办国际咖啡节") == {"brief_headline"}
    values = {f.value for f in extract_facts(extract(WIRE, source="t.txt"))}
    assert 4_500_000_000 in values and 7.5 in values


def test_a_crawl_date_before_an_opening_paragraph_is_furniture() -> None:
    page = "date 2024-03-06 " + UNTITLED
    assert _zones(page, "date 2024") == {"boilerplate"}
    assert _zones(page, "3月5日") == {"lead"}


def test_a_headline_stays_the_title() -> None:
    page = "北方国外交部长会见南方国大使\n" + UNTITLED
    doc = _doc(page)
    assert doc.title == "北方国外交部长会见南方国大使"
    assert _zones(page, "北方国外交部长会见南方国大使") == {"title"}
    assert _zones(page, "3月5日") == {"lead"}


# a crosshead in two halves parted by a space, between two of the story's paragraphs
CROSSHEAD = ("北方国总理访问南方国\n"
             "北方国总理甲乙丙昨日抵达南方国首都,开始为期三天的正式访问,双方将就经贸合作深入交换意见。\n"
             "签署十项协议 拓展合作领域\n"
             "访问期间,两国政府签署了涵盖贸易、农业和教育等领域的十项合作协议,双方同意进一步扩大合作。\n"
             "甲乙丙表示,北方国愿同南方国一道推动两国关系向前发展。")


def test_a_two_part_crosshead_inside_the_story_is_no_teaser_row() -> None:
    doc = _doc(CROSSHEAD)
    assert not doc.briefs
    assert _zones(CROSSHEAD, "签署十项协议") == {"heading"}


def test_a_row_of_two_teasers_under_the_story_stays_briefs() -> None:
    page = CROSSHEAD + "\n南方国举办国际咖啡节吸引大批游客 北方国旅游推介会在南方国首都举行"
    doc = _doc(page)
    heads = [doc.text[b.headline.start:b.headline.end] for b in doc.briefs]
    assert heads == ["南方国举办国际咖啡节吸引大批游客", "北方国旅游推介会在南方国首都举行"]
