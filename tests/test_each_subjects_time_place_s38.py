"""Listed hosts who each meet one guest (甲、乙5日在北京分别会见丙): the day and the place told between the
hosts and 分别, and a dispatch line opening the lead's clause, leave the list standing: one meeting of each
host with the guest, none of the hosts with each other."""

import pytest

from dipnet.pipeline import extract

DISPATCH = "两国关系\n\n2025-03-09\n新华社北京3月9日电 "
BARE = "两国关系\n\n2025年3月9日\n\n"
# a dispatch line no agency opens (the segmenter leaves it in the lead's first clause)
PLACE_ONLY = "两国关系\n\n2025-03-09\n北京3月9日电 "


def meetings(head: str, sentence: str) -> list[list[str]]:
    doc = extract(head + sentence + "\n", source="each.txt")
    return sorted(sorted(e.participants) for e in doc.events if e.type in ("MEET", "CALL"))


@pytest.mark.parametrize("head", [DISPATCH, BARE])
@pytest.mark.parametrize("sentence", [
    "国家主席习近平、国务院总理李强8日在北京分别会见越南国家主席梁强。",
    "国家主席习近平、国务院总理李强8日在人民大会堂分别同越南国家主席梁强举行会谈。",
    "习近平、李强8日分别会见越南国家主席梁强。",
    "习近平主席和李强总理8日上午分别会见了越南国家主席梁强。",
])
def test_each_host_meets_the_guest(head: str, sentence: str) -> None:
    assert meetings(head, sentence) == [["习近平", "梁强"], ["李强", "梁强"]]


def test_a_dispatch_line_opening_the_list() -> None:
    assert meetings(PLACE_ONLY, "国家主席习近平、国务院总理李强分别会见越南国家主席梁强。") == \
        [["习近平", "梁强"], ["李强", "梁强"]]
