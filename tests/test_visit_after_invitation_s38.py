"""A visit clause right after an invitation frame (某某应甲的邀请,… / 受甲邀请,…) goes on from the subject before
the frame, whatever opens the clause: a bare day, 起, a lead word (率团) or the host alone (对某国)."""

import pytest

from eventpage import sides

HEAD = "两国关系\n\n越通社河内——2024年3月10日电 "


def visits(sentence: str) -> list[list[str]]:
    return sides(sentence + "\n", "VISIT", HEAD)


@pytest.mark.parametrize("sentence", [
    "越南国家主席武文赏应柬埔寨国王西哈莫尼的邀请,3月9日对柬埔寨进行国事访问。",
    "越南国家主席武文赏应柬埔寨国王西哈莫尼的邀请,9日起对柬埔寨进行国事访问。",
    "越南国家主席武文赏应柬埔寨国王西哈莫尼之邀,率团对柬埔寨进行国事访问。",
    "越南国家主席武文赏应柬埔寨国王西哈莫尼邀请,对柬埔寨进行国事访问。",
])
def test_the_invited_subject_visits(sentence: str) -> None:
    assert visits(sentence) == [["柬埔寨", "武文赏"]]


def test_the_inviter_does_not_visit_his_own_country() -> None:
    # the one named inside the frame invites: he is no visitor, with or without a time opening the clause
    for sentence in ("越南国家主席武文赏应柬埔寨国王西哈莫尼的邀请,3月9日对柬埔寨进行国事访问。",):
        assert all("西哈莫尼" not in v for v in visits(sentence))


@pytest.mark.parametrize("sentence", [
    "越南政府总理范明政受新加坡总理黄循财邀请,7日对新加坡进行正式访问。",
    "越南政府总理范明政受新加坡总理黄循财之邀,率团对新加坡进行正式访问。",
    "越南政府總理范明政受新加坡總理黃循財邀請,7日對新加坡進行正式訪問。",
    "越南政府总理范明政受新加坡总理黄循财邀请,12日起对新加坡进行正式访问。",
])
def test_shou_frames_an_invitation_as_ying_does(sentence: str) -> None:
    assert visits(sentence) == [["新加坡", "范明政"]]
