"""An instrument named only as a topic of talks or remarks (讨论了…协定等议题, 触及「…协定」的议题, 讨论了双边协议的问题,
会晤将重点讨论…协定) is no signing (tp, stop 55); a signing discussed and done (讨论并签署) or one with its topic in
another clause stays."""

import pytest

from eventpage import sides

HEAD = "两国关系\n\n2025年03月05日 10:20\n\n越通社河内——"


def signed(text: str) -> list[list[str]]:
    return sides(text + "\n", "AGREEMENT", HEAD)


@pytest.mark.parametrize("sentence", [
    "智利总统与挪威首相讨论了能源、教育及关于北海渔业合作协定(NFA)等议题。",
    "智利总统与挪威首相會晤時,觸及「智挪自由貿易協定」的議題。",
    "智利总统对记者说,他同挪威首相讨论了双边协议的问题。",
    "智利官员表示,两国元首的会晤还将重点讨论南极科研合作协定。",
    "智利总统和挪威首相就渔业协议问题交换了意见。",
])
def test_a_topic_is_no_signing(sentence: str) -> None:
    assert signed(sentence) == []


@pytest.mark.parametrize("sentence", [
    "智利与挪威两国外长讨论并签署了渔业合作协定。",
    "智利与挪威两国外长讨论了渔业问题,随后签署了渔业合作协定。",
    "智利与挪威签署了关于解决边界问题的协定。",
])
def test_a_signing_stays(sentence: str) -> None:
    got = signed(sentence)
    assert len(got) == 1 and {"智利", "挪威"} <= set(got[0])
