"""盼 alone is 希望 (hope) in Taiwan's and Hong Kong's papers: a signing, meeting, visit or call hoped for is
still to come (planned) or no event told — never an occurred one (issue 13, ev53 probes). Sentences invented."""

import pytest

from dipnet.pipeline import extract

HEAD = "雙邊關係\n\n（中央社記者王明台北5日電）"


def events(sentence: str) -> list[tuple[str, str, list[str]]]:
    doc = extract(HEAD + sentence + "\n", source="pan.txt")
    return [(e.type, e.status, e.participants) for e in doc.events]


@pytest.mark.parametrize("sentence, kind", [
    ("台灣盼與美國早日簽署雙邊貿易協定。", "AGREEMENT"),
    ("林佳龍盼台美儘速簽署避免雙重課稅協定。", "AGREEMENT"),
    ("總統賴清德今天表示，盼與美國總統會面。", "MEET"),
    ("外交部長今天表示，盼與日本外相會晤。", "MEET"),
    ("巴拉圭總統今天表示，盼能盡早再次訪問台灣。", "VISIT"),
])
def test_hoped_for_is_not_done(sentence: str, kind: str) -> None:
    assert not any(t == kind and s == "occurred" for t, s, _ in events(sentence))


@pytest.mark.parametrize("sentence, kind", [
    ("台灣與巴拉圭今天簽署農業合作協定，盼深化雙邊合作。", "AGREEMENT"),
    ("總統賴清德今天會見帛琉總統惠普斯，盼雙方擴大交流。", "MEET"),
])
def test_hope_after_the_deed_keeps_it_done(sentence: str, kind: str) -> None:
    assert any(t == kind and s == "occurred" for t, s, _ in events(sentence))
