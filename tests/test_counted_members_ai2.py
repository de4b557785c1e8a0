"""Members told after a count (ai2, issue 13): 援助N个…国家:甲、乙… is aid to each land listed; 向某国…N省(甲省、乙省)捐赠
is one gift whose receivers are the provinces of that land; 与其他N个国家建立…关系,分别是甲、乙和丙 is a tie with each land
listed. A count with no list after it adds no one. Sentences invented."""

import pytest

from dipnet.extract.common.countlists import count_list_span, listed_items
from dipnet.pipeline import extract


def doc(head: str, sentence: str):  # type: ignore[no-untyped-def]
    return extract("消息\n\n" + head + sentence + "\n", source="counted.txt")


def aids(head: str, sentence: str) -> list[list[str]]:
    return [e.participants for e in doc(head, sentence).events if e.type == "AID"]


@pytest.mark.parametrize("head, sentence, giver, lands", [
    ("新华社北京3月5日电 ", "日本政府表示，日本的3亿美元捐助将用于援助4个受灾的国家：老挝、柬埔寨、缅甸和泰国。", "日本",
     ["老挝", "柬埔寨", "缅甸", "泰国"]),
    ("越通社河内——", "韩国政府5日宣布向3个国家提供紧急援助，分别是越南、菲律宾和印度尼西亚。", "韩国",
     ["越南", "菲律宾", "印度尼西亚"]),
])
def test_aid_to_each_counted_land(head: str, sentence: str, giver: str, lands: list[str]) -> None:
    got = aids(head, sentence)
    for land in lands:
        assert any(giver in p and land in p and all(o not in p for o in lands if o != land) for p in got), (land, got)


def test_counted_provinces_one_gift() -> None:
    got = aids("新华社北京3月5日电 ", "中国政府5日在边境口岸举行向越南北部两省(谅山省、高平省)捐赠防疫物资的交接仪式。")
    assert len(got) == 1
    assert {"中国", "谅山", "高平"} <= set(got[0])


def test_tie_with_each_counted_partner() -> None:
    rels = doc("【联合早报讯】", "新加坡目前只和其他3个国家建立全面战略伙伴关系，分别是印度、日本和韩国。").relations
    assert sorted(sorted([r.a, r.b]) for r in rels) == sorted(sorted(["新加坡", p]) for p in ("印度", "日本", "韩国"))


def test_count_without_list_adds_no_one() -> None:
    got = aids("新华社北京3月5日电 ", "中国政府5日向老挝提供援助，帮助该国3个省份应对洪灾。")
    assert got and all(set(p) <= {"中国", "老挝"} for p in got)


def test_list_span_and_items() -> None:
    text = "援助2个国家:甲国、乙国。"
    span = count_list_span(text, 0, 7, 7, len(text))
    assert span == (7, len(text))
    assert listed_items(text, [(7, 9), (10, 12)], *span) == [0, 1]
    assert count_list_span("援助两国人民。", 0, 6, 6, 7) is None
