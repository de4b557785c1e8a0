"""Talks whose parties are told only by a pair word (participants/pairworded.py): 两国/两党 right before the meeting
word (…的访问以及两国领导人之间的双边会晤, 两党会晤结论), or 双方 opening the clause after a meeting word in a sentence
naming no one (通过…经贸会谈,双方…): the two lands are the parties. Named sides, and a meeting word as the time of
what follows (会谈中,双方…), stand as read."""

from dipnet.pipeline import extract

HEAD = "两国关系\n\n2025-03-09\n新华社北京3月9日电 "


def meets(text: str) -> list[list[str]]:
    doc = extract(HEAD + text + "\n", source="pair.txt")
    return sorted(sorted(e.participants) for e in doc.events if e.type == "MEET")


def test_pair_word_before_the_meeting_word_names_the_two_lands() -> None:
    got = meets("柬埔寨领导人向越南领导人致贺电,并表示,洪森主席近期对越南的访问以及两国领导人之间的双边会晤意义重大。")
    assert got == [["柬埔寨", "越南"]]


def test_both_sides_after_talks_in_a_sentence_naming_no_one() -> None:
    got = meets("王毅同美国国务卿布林肯通电话。通过日内瓦经贸会谈,双方澄清了立场,增进了理解。")
    assert got == [["中国", "美国"]]


def test_named_sides_stand() -> None:
    assert meets("习近平将与拜登进行两国元首双边会晤。") == [["习近平", "拜登"]]


def test_talks_as_the_time_of_what_follows_stand() -> None:
    assert meets("习近平同拜登举行会谈。会谈中,双方一致认为要加强合作。") == [["习近平", "拜登"]]


def test_leaders_read_as_the_people_of_talks_told_before_stand() -> None:
    assert meets("习近平同拜登在旧金山举行会谈。两国元首会谈持续了4个小时。") == [["习近平", "拜登"]]
    assert meets("范明政与洪玛奈举行会谈。两国领导人的会谈在友好气氛中进行。") == [["洪玛奈", "范明政"]]
