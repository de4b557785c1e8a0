"""A protester named before a time frame closed by a comma (某国驻某国大使某某在…前夕,批评… / 在接受采访时,
谴责…): the clause of the protest names no one, so the frame's subject protests (ev53/pa3 lead, ev55 probes
a1-a8); where the clause after the frame names its own protester, the frame's subject takes no part.
Sentences invented."""

import pytest

from dipnet.pipeline import extract


def protests(sentence: str) -> list[list[str]]:
    doc = extract("批评\n\n新华社北京3月5日电 " + sentence + "\n", source="protest.txt")
    return [e.participants for e in doc.events if e.type == "DISAPPROVE"]


@pytest.mark.parametrize("sentence, who, against", [
    ("中国驻德国大使张建明在德国总理访华前夕，批评德国政府干涉中国内政。", "张建明", "德国"),
    ("中国驻日本大使刘晓东在接受当地媒体采访时，批评日本在历史问题上的错误做法。", "刘晓东", "日本"),
    ("中国驻美国大使王立新在出席一场研讨会期间，谴责美国对华加征关税。", "王立新", "美国"),
    ("中国驻菲律宾大使黄国华在南海仲裁案宣判前夕，抨击菲律宾的挑衅行为。", "黄国华", "菲律宾"),
    ("中國駐德國大使張建明在德國總理訪華前夕，批評德國政府幹涉中國內政。", "张建明", "德国"),
    ("中國駐菲律賓大使黃國華在南海仲裁案宣判前夕，抨擊菲律賓的挑釁行為。", "黄国华", "菲律宾"),
])
def test_frame_subject_protests(sentence: str, who: str, against: str) -> None:
    assert any(who in p and against in p for p in protests(sentence))


@pytest.mark.parametrize("sentence, absent", [
    ("德国总理默茨在访华前夕，中国外交部批评德国政府的错误言论。", "默茨"),
    ("德国总理默茨在会见中国外长时，王毅批评德国政府的错误言论。", "默茨"),
])
def test_clause_with_its_own_protester(sentence: str, absent: str) -> None:
    got = protests(sentence)
    assert got and all(absent not in p for p in got)
