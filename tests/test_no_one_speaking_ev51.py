"""称 in words that say what something is, not that someone speaks (与…相称 commensurate with, 对称, 职称, 并称, 通称,
总称): no STATEMENT — 称 as a reporting verb (某某称, 互相称赞 aside) still speaks. And letters sent in the words
of Singapore, Malaysian and Taiwan papers (去函, 修函) are messages."""

import pytest

from dipnet.pipeline import extract

HEAD = "双边关系\n\n新华社北京7月20日电 "


def events(sentence: str) -> list[tuple[str, list[str]]]:
    doc = extract(HEAD + sentence + "\n", source="cheng.txt")
    return [(e.type, e.participants) for e in doc.events]


@pytest.mark.parametrize("sentence", [
    "洪森的这次访问与两国关系相称。",
    "王毅认为，洪森首相的贡献与其地位相称。",
    "苏林的职称在名单上写得很清楚。",
    "河内与胡志明市并称越南两大城市，范明政曾在两地工作。",
])
def test_commensurate_is_no_speaking(sentence: str) -> None:
    assert not any(t == "STATEMENT" and p not in (["王毅"],) for t, p in events(sentence))


@pytest.mark.parametrize("sentence, who", [
    ("外交部发言人毛宁称，中方坚决反对。", "毛宁"),
])
def test_reporting_cheng_still_speaks(sentence: str, who: str) -> None:
    assert ("STATEMENT", [who]) in events(sentence)


@pytest.mark.parametrize("sentence, sender", [
    ("总理黄循财去函马来西亚首相安华，感谢马方协助。", "黄循财"),
    ("外交部長林佳龍修函帕勞國務部長，感謝帕勞支持。", "林佳龙"),
])
def test_letters_sent(sentence: str, sender: str) -> None:
    assert any(t == "MESSAGE" and sender in p for t, p in events(sentence))
