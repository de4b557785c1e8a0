"""受甲邀请 frames an invitation as 应甲邀请 does: the visit clause after it goes on from the subject before the
frame, whatever opens it (a bare day, 起, 率团)."""

import pytest

from dipnet.pipeline import extract

HEAD = "两国关系\n\n2025-03-09\n越通社河内——"


def visits(sentence: str) -> list[list[str]]:
    doc = extract(HEAD + sentence + "\n", source="shou.txt")
    return [sorted(e.participants) for e in doc.events if e.type == "VISIT"]


@pytest.mark.parametrize("sentence", [
    "越南政府总理范明政受新加坡总理黄循财邀请,7日对新加坡进行正式访问。",
    "越南政府总理范明政受新加坡总理黄循财之邀,率团对新加坡进行正式访问。",
    "越南政府總理范明政受新加坡總理黃循財邀請,7日對新加坡進行正式訪問。",
    "越南政府总理范明政受新加坡总理黄循财邀请,12日起对新加坡进行正式访问。",
])
def test_the_invited_subject_visits(sentence: str) -> None:
    assert visits(sentence) == [["新加坡", "范明政"]]
