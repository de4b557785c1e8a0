"""(tw3) Entities on unseen pages, on invented sentences: a personal name read by rule ends before
the word that follows it where that word would otherwise be glued on as the name's last character
or characters: the adverb of degree 更 before a verb of speech (a title, a name of three, 更 + 指出),
献上 after a name read after 夫人 (某某 + 献上鲜花), and 建立 after a dotted foreign name (某·某某 + 建立了)."""

from __future__ import annotations

import pytest

from invented import page_of


def _person_mentions(text: str) -> set[str]:
    return {m for e in page_of(text).entities if e.type == "PERSON" for m in (*e.mentions, e.name)}


_GLUED = [
    ("越南工商联合会总会长黎芳心更指出,此举有益于中小企业。", "黎芳心"),
    ("商会会长周明达更强调,双方合作前景广阔。", "周明达"),
    ("当地少女向王明和夫人程秋献上鲜花。", "程秋"),
    ("前外交部长蕾特诺·马尔西迪建立了双边合作机制。", "蕾特诺·马尔西迪"),
]


@pytest.mark.parametrize("text,name", _GLUED)
def test_name_ends_before_the_glued_word(text: str, name: str) -> None:
    found = _person_mentions(text)
    assert name in found
    assert not any(p.startswith(name) and p != name for p in found)


def test_a_dotted_name_holding_the_adverb_stays_whole() -> None:
    # 更 ends only names read after a title, past their second character: a dotted name keeps it
    assert "艾力更·依明巴海" in _person_mentions("全国人大常委会副委员长艾力更·依明巴海会见了客人。")
