"""Taking office told as the time of what follows (就任…后首次访华, 上任以来): a look back, no ELECTION — unless
the text dates it right before its word (某某5月就任后, 去年六月上任以来), a retrospective event with a date
(SPEC); the person stands before the date. Simplified and Traditional, short and long offices."""

import pytest

from dipnet.pipeline import extract

HEAD = "领导人出访\n\n2025年04月24日 10:20\n\n"


def elected(sentence: str) -> list[list[str]]:
    doc = extract(HEAD + sentence + "\n", source="office.txt")
    return [e.participants for e in doc.events if e.type == "ELECTION"]


@pytest.mark.parametrize("sentence, who", [
    ("（中央社台北9日電）這是新加坡總理黃循財5月就任後，首次派出外長訪問北京。", "黄循财"),
    ("【联合早报讯】这是小马科斯去年六月上任以来，首次访问中国。", "小马科斯"),
    ("新华社北京4月24日电 这是董军去年12月出任国防部长以来的首次海外访问。", "董军"),
    ("（中央社記者陳六台北2日電）這是總統賴清德2024年5月就職以來首度出訪。", "赖清德"),
])
def test_dated_taking_of_office_is_an_election(sentence: str, who: str) -> None:
    assert any(who in p for p in elected(sentence))


@pytest.mark.parametrize("sentence", [
    "【联合早报讯】这是李强出任国务院总理后首度访问新加坡。",
    "越通社金边——这是范明政就任越南政府总理以来首次访问柬埔寨。",
    "新华社北京5月2日电 他说，本扬总书记就任老挝新一届党和国家领导人后即访华。",
])
def test_undated_look_back_is_none(sentence: str) -> None:
    assert elected(sentence) == []
