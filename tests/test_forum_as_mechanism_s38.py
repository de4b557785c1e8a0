"""A forum named as a mechanism to build or work through (关心中非合作论坛建设, 通过中非合作论坛等机制) holds
no meeting; its session held (…论坛第十届部长级会议…举行) and a forum attended stay conferences."""

import pytest

from eventpage import sides

HEAD = "两国关系\n\n2025年03月05日 10:20\n\n越通社河内——"


def conferences(sentence: str) -> list[list[str]]:
    return sides(sentence + "\n", "CONFERENCE", HEAD)


@pytest.mark.parametrize("sentence", [
    "老挝外长希望中方继续关心澜湄合作论坛建设。",
    "双方同意通过中非合作论坛等机制加强合作。",
    "双方同意通过中国—东盟博览会等平台加强经贸合作。",
    "雙方同意通過中阿合作論壇等機制加強合作。",
])
def test_a_mechanism_is_no_meeting(sentence: str) -> None:
    assert conferences(sentence) == []


@pytest.mark.parametrize("sentence", [
    "中非合作论坛第九届部长级会议3月5日在北京举行。",
    "越南政府总理范明政出席2025年东盟数字经济建设论坛。",
])
def test_meetings_held_stay(sentence: str) -> None:
    assert len(conferences(sentence)) == 1
