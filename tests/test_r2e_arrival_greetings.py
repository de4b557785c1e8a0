"""A greeting on arrival is no meeting (merging/arrivalgreetings.py): 乙到机场迎接, 乙在舷梯旁迎接, 乙等在场迎接. The
talks told after stay a MEET, and a 迎接 with no arrival in its sentence is left as it was."""

from dipnet.pipeline import extract

HEAD = "两国关系\n\n2025-03-09\n新华社仰光3月9日电 "


def meets(text: str) -> list[list[str]]:
    doc = extract(HEAD + text + "\n", source="greet.txt")
    return sorted(sorted(e.participants) for e in doc.events if e.type == "MEET")


def test_a_greeting_at_the_aircraft_is_no_meeting() -> None:
    got = meets("王毅抵达时,缅甸副总统吴敏登在舷梯旁热情迎接。")
    assert not any("吴敏登" in m for m in got)


def test_a_greeting_at_the_airport_is_no_meeting() -> None:
    got = meets("李强乘坐的专机当天抵达仰光国际机场,缅甸总理吴登盛、外长丹穆等在场迎接。")
    assert not any("丹穆" in m for m in got)


def test_a_greeting_down_the_steps_is_no_meeting() -> None:
    got = meets("李强走下舷梯,受到缅甸总统吴登盛热情迎接。")
    assert not any("李强" in m for m in got)


def test_the_talks_after_the_greeting_stay() -> None:
    got = meets("王毅抵达时,缅甸副总统吴敏登在舷梯旁热情迎接。9日,王毅同缅甸外长丹穆举行会谈。")
    assert ["丹穆", "王毅"] in got
