"""What happens only under a condition (ex1, issue 13): a clause opened by a condition word (如果, 一旦, 倘若, 若 …)
tells a hypothetical, and so does the clause right after it, its consequence — no event, neither a signing, a
meeting nor a repatriation. A clause with no condition before it, 若 inside 若干, and the occasion a condition takes
(如果借…会晤的契机) still tell their events.
Sentences invented."""

import pytest

from dipnet.pipeline import extract


def events(sentence: str) -> list[tuple[str, list[str]]]:
    doc = extract("消息\n\n新华社北京3月5日电 " + sentence + "\n", source="conditioned.txt")
    return [(e.type, e.participants) for e in doc.events]


@pytest.mark.parametrize("sentence, kind", [
    ("泰国外长表示,一旦两国签署和平协议,对柬埔寨的制裁应随即解除。", "AGREEMENT"),
    ("在这个重要年份,如果老挝能够在一个月内接待越南国家主席苏林和政府总理范明政,将是老挝外交的一大成就。", "MEET"),
    ("若边境局势保持稳定,泰国将遣返扣留的二十名缅甸渔民。", "LAW_ENFORCEMENT"),
    ("倘若谈判顺利,日本与澳大利亚将签署新的防务协定。", "AGREEMENT"),
])
def test_a_hypothetical_is_no_event(sentence: str, kind: str) -> None:
    got = [t for t, _ in events(sentence)]
    assert kind not in got, got


@pytest.mark.parametrize("sentence, kind", [
    ("泰国与柬埔寨3月4日签署和平协议,对柬埔寨的制裁随即解除。", "AGREEMENT"),
    ("越南与老挝3月4日签署了若干合作协议。", "AGREEMENT"),
    ("如果借苏林与习近平3月4日会晤的契机,两国能够扩大贸易,对两国经济都是利好。", "MEET"),
    ("老挝国家主席3月4日在万象接待了越南国家主席苏林。", "MEET"),
])
def test_what_is_told_as_so_stays(sentence: str, kind: str) -> None:
    got = [t for t, _ in events(sentence)]
    assert kind in got, got
