"""A body's readout told after talks (据韩国总统府透露,双方没有谈及…; 白宫表示,双方讨论了…) is the body's statement, as
a spokesperson's is: the body is no party speaking inside the talks. A country or a person speaking there stays the
talks' content (SPEC) (issue 13, ev53 probes). Sentences invented."""

import pytest

from dipnet.pipeline import extract

HEAD = "韩日会谈\n\n新华社首尔3月5日电 韩日外长5日举行会谈。"


def statements(sentence: str) -> list[list[str]]:
    doc = extract(HEAD + sentence + "\n", source="readout.txt")
    return [e.participants for e in doc.events if e.type == "STATEMENT"]


@pytest.mark.parametrize("sentence, body", [
    ("据韩国总统府透露，双方没有谈及渔业问题。", "韩国总统府"),
    ("韩国总统府表示，双方没有谈及渔业问题。", "韩国总统府"),
    ("日本外务省随后介绍说，双方同意加强沟通。", "日本外务省"),
])
def test_body_readout_is_its_statement(sentence: str, body: str) -> None:
    assert [body] in statements(sentence)


@pytest.mark.parametrize("sentence", [
    "韩国表示，双方没有谈及渔业问题。",
    "韩国外长赵兑烈表示，韩方愿同日方加强沟通。",
])
def test_party_inside_talks_stays_content(sentence: str) -> None:
    assert statements(sentence) == []
