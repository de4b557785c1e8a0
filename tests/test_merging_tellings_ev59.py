"""One event told twice in other words (issue 13, ev59): a headline naming the sides by title and
land over the lead that names the people and bodies, and a numbered meeting named again with its
body's name shortened. Sentences invented."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def _of(text: str, kind: str) -> list[list[str]]:
    return [sorted(e.participants) for e in extract(text, source="t.txt").events if e.type == kind]


@pytest.mark.parametrize(("text", "want"), [
    ("老挝国会主席会见越南代表团\n\n越通社万象——9月28日，老挝国会主席赛宋蓬会见了越南和平委员会代表团。",
     {"赛宋蓬·丰威汉", "越南和平委员会"}),
    ("越南国会主席会见老挝和平委员会代表团\n\n越通社河内——3月5日，越南国会主席陈青敏会见了老挝和平与团结委员会代表团。"
     "会见时，陈青敏高度评价两国委员会的合作。", {"陈青敏", "老挝和平与团结委员会"}),
    ("越南國會主席會見老撾代表團\n\n越通社河內——3月5日，越南國會主席陳青敏會見了老撾和平與團結委員會代表團。",
     {"陈青敏", "老挝和平与团结委员会"}),
])
def test_a_headline_by_title_and_land_is_the_meeting_below(text: str, want: set[str]) -> None:
    meets = _of(text, "MEET")
    assert len(meets) == 1 and want <= set(meets[0])


def test_two_meetings_of_other_lands_stay_apart() -> None:
    text = ("越南国家主席会见外宾\n\n越通社河内——3月5日上午，越南国家主席梁强在河内会见了老挝外长通沙万。"
            "当天下午，梁强还会见了柬埔寨外长布拉索昆。")
    assert len(_of(text, "MEET")) == 2


@pytest.mark.parametrize(("text", "name"), [
    ("中国外长将访越\n\n越通社河内——中国外交部长王毅将对越南进行正式访问。访问期间，他将同越南政府副总理陈红河共同主持"
     "越南-中国双边合作指导委员会第十六次会议。关于越中双边合作指导委员会第十六次会议，外交部发言人范秋姮表示，这是两国每年举行的会议。",
     "越南-中国双边合作指导委员会第十六次会议"),
    ("兩國聯委會會議\n\n越通社河內——越南和柬埔寨將舉行越柬經濟文化科技合作聯合委員會第二十次會議。關於越柬經濟文化科技合作聯委會"
     "第二十次會議，外交部發言人表示，會議將在金邊舉行。", "越柬经济文化科技合作联合委员会第二十次会议"),
])
def test_a_numbered_meeting_named_again_shorter_is_one(text: str, name: str) -> None:
    confs = [e for e in extract(text, source="t.txt").events if e.type == "CONFERENCE"]
    assert [e.attributes.get("name") for e in confs] == [name]
    if name.startswith("越南-中国"):  # (the sides a mention reads off the shorter name add nothing)
        assert "越南" not in confs[0].participants and "王毅" in confs[0].participants


def test_the_same_session_of_two_bodies_stays_two() -> None:
    text = ("两个会议\n\n新华社北京3月5日电 中越双边合作指导委员会第十六次会议和中老双边合作指导委员会第十六次会议"
            "分别于3月和5月举行。")
    assert len([e for e in extract(text, source="t.txt").events if e.type == "CONFERENCE"]) == 2


def test_the_merge_index_finds_a_numbered_meeting_in_the_other_status(monkeypatch: pytest.MonkeyPatch) -> None:
    from dipnet.extract.merging import merge
    monkeypatch.setattr(merge, "_INDEX_FROM", 0)  # (a long page's path: kept events filed in a MergeIndex)
    text = ("中国外长将访越\n\n越通社河内——中国外交部长王毅将对越南进行正式访问。访问期间，他将同越南政府副总理陈红河共同主持"
            "越南-中国双边合作指导委员会第十六次会议。关于越中双边合作指导委员会第十六次会议，外交部发言人范秋姮表示，这是两国每年举行的会议。")
    assert len([e for e in extract(text, source="t.txt").events if e.type == "CONFERENCE"]) == 1


def test_the_merge_index_finds_a_headline_by_title_and_land(monkeypatch: pytest.MonkeyPatch) -> None:
    from dipnet.extract.merging import merge
    monkeypatch.setattr(merge, "_INDEX_FROM", 0)
    text = "老挝国会主席会见越南代表团\n\n越通社万象——9月28日，老挝国会主席赛宋蓬会见了越南和平委员会代表团。"
    assert len(_of(text, "MEET")) == 1
