"""A news outlet that only carries another's words is no statement speaker (据某报报道, 向某导报透露, datelines);
an outlet's own published article stays its statement (seeds 000)."""

from dipnet.pipeline import extract


def _speakers(text: str) -> list[list[str]]:
    return [e.participants for e in extract(text).events if e.type == "STATEMENT"]


def test_reported_by_outlet_is_no_speaker() -> None:
    said = _speakers("据《越通社》报道，两国领导人一致认为双边合作潜力巨大。")
    assert ["越通社"] not in said


def test_dateline_outlet_is_no_speaker() -> None:
    said = _speakers("（中央社台北5日综合外电报导）菲律宾当局认为这是严重的挑衅。")
    assert ["中央社"] not in said


def test_outlet_told_is_no_speaker() -> None:
    said = _speakers("一名边防官员向《国际先驱导报》透露：界碑的修复工作即将完成。")
    assert ["国际先驱导报"] not in said


def test_dateline_interview_outlet_is_no_speaker() -> None:
    said = _speakers("新华社万象3月8日电 专访：老中合作前景广阔——访老挝总理")
    assert ["新华社"] not in said


def test_outlet_article_stays_speaker() -> None:
    said = _speakers("《高棉时报》刊登的文章称，两国友谊不断深化。")
    assert ["高棉时报"] in said
