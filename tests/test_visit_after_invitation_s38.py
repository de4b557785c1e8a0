"""A visit clause right after an invitation frame (某某应甲的邀请,…) goes on from the subject before the frame,
whatever opens the clause: a bare day, 起, a lead word (率团) or the host alone (对某国)."""

import pytest

from dipnet.pipeline import extract

HEAD = "两国关系\n\n越通社河内——2024年3月10日电 "


def visits(sentence: str) -> list[list[str]]:
    doc = extract(HEAD + sentence + "\n", source="invited.txt")
    return [sorted(e.participants) for e in doc.events if e.type == "VISIT"]


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
