"""The China–ASEAN Expo is a body under any of its dashes (-, —, ―, –), with none, or as 东博会."""

import pytest

from dipnet.pipeline import extract


@pytest.mark.parametrize("sentence", [
    "第二十届中国-东盟博览会在南宁开幕。",
    "越南副总理出席中国—东盟博览会开幕式。",
    "第二十屆中國―東盟博覽會在南寧開幕。",
    "中国–东盟博览会今年举办二十周年。",
    "中国东盟博览会吸引了多国企业参展。",
    "第二十一届东博会期间，两国签署了协议。",
])
def test_the_expo_is_a_body(sentence: str) -> None:
    doc = extract("题目\n\n新华社南宁9月5日电 " + sentence + "\n")
    assert "中国-东盟博览会" in {e.name for e in doc.entities if e.type == "ORG"}
