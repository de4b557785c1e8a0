"""sp11: the gated paths still fire when their words are on the page (invented text)."""

from __future__ import annotations

from dipnet.model import Document, Mention
from dipnet.recognize.lastparts import uncrossed
from dipnet.recognize.mentions import find_mentions
from dipnet.recognize.namereads import after_honorifics


def test_honorifics_still_skipped() -> None:
    text = "总理拿督斯里谢赫·某某今天表示"
    assert after_honorifics(text, 2) == text.index("·") + 1
    assert after_honorifics("总理某某表示", 2) == 2


def test_uncrossed_still_drops_a_crossed_place() -> None:
    text = "沿海地区的发展"
    haiti = Mention(1, 3, "海地", "COUNTRY")
    assert uncrossed(text, [haiti], ("地区",)) == []
    kept = uncrossed("海地的发展", [Mention(0, 2, "海地", "COUNTRY")], ("地区",))
    assert [m.text for m in kept] == ["海地"]


def test_formal_country_style_still_opens_a_chain() -> None:
    text = "加纳共和国总统库西马托会见了来访的客人。"
    doc = Document(doc_id="t", source="t", raw=text, text=text, offsets=list(range(len(text) + 1)))
    mentions = find_mentions(doc).mentions
    assert any(m.type == "PERSON" and m.text == "库西马托" for m in mentions)


def test_valued_point_is_kept_once_and_finds_the_last() -> None:
    from dipnet.extract.attributes.datecues import _valued_point
    from dipnet.extract.common.timeindex import TimeIndex
    from dipnet.model import TimeExpr

    times = [TimeExpr(0, 4, "2024-03-01", "day"), TimeExpr(6, 9, None, "day", kind="relative"),
             TimeExpr(10, 14, "P3D", "day", kind="duration"), TimeExpr(20, 30, "2024-03-22", "day", "2024-04-01", "range")]
    index = TimeIndex(times)
    assert index.last_starting_in(0, 15, _valued_point) is times[0]
    assert index.last_starting_in(0, 40, _valued_point) is times[3]
    assert index.last_starting_in(5, 15, _valued_point) is None
    assert list(index._last_kept) == [_valued_point]  # one table for every clause of the page


def test_descriptor_words_still_read() -> None:
    from dipnet.recognize.lexicon import name_rules
    from dipnet.recognize.speakers import _after_descriptor

    text = "拜会该国首富某某某"
    assert _after_descriptor(text, 2, name_rules()) == text.index("首富") + 2
    assert _after_descriptor("拜会某某某先生", 2, name_rules()) == 2


def test_company_words_still_read() -> None:
    from dipnet.recognize.lexicon import name_rules
    from dipnet.recognize.places import companies

    found = companies("会见了三星集团总裁。三星集团表示", name_rules(), [])
    assert [(m.start, m.text) for m in found] == [(3, "三星集团"), (10, "三星集团")]
    assert companies("会见了总裁。", name_rules(), []) == []


def test_place_suffix_still_makes_a_dotted_name_a_place() -> None:
    from dipnet.recognize.gazetteer import gazetteer
    from dipnet.recognize.kinds import dotted_kind
    from dipnet.recognize.lexicon import name_rules

    assert dotted_kind("某某·某某某省", gazetteer().kb, name_rules()) == ("LOCATION", None)
    assert dotted_kind("某某·某某某", gazetteer().kb, name_rules())[0] == "PERSON"


def test_longest_ending_still_finds_the_longest() -> None:
    from dipnet.recognize.lexicon import Words

    words = Words(["部", "外交部", "交部"])
    assert words.longest_ending("甲国外交部长", 5) == 3
    assert words.longest_ending("甲国外交部长", 4) == 0
    assert words.longest_ending("甲国外交部长", 0) == 0


def test_coordinated_bare_still_reads_the_first_country() -> None:
    from dipnet.recognize.owners import _coordinated_bare

    text = "马拉维外交部和国防部"
    assert _coordinated_bare(text, text.index("国防部"), {3: "MW"}, ("外交部", "国防部")) == "MW"
    assert _coordinated_bare("马拉维和国防部", 4, {3: "MW"}, ("外交部", "国防部")) is None


def test_pair_body_words_one_tuple_longest_first() -> None:
    from dipnet.extract.participants.shortpairs import _pair_finder
    from dipnet.kb import load_kb

    _, words = _pair_finder(load_kb())
    assert isinstance(words, tuple) and words
    assert [len(w) for w in words] == sorted((len(w) for w in words), reverse=True)
    text = "越中两国" + words[0] + "举行会议"
    assert text.startswith(words, 4) and next(w for w in words if text.startswith(w, 4)) == words[0]
