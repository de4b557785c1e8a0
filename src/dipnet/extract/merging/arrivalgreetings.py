"""A greeting on arrival is no meeting (r2e, issue 13): 甲抵达…机场时,乙到机场迎接 / 乙在舷梯旁迎接 / 出席迎接的有….
Greeting a guest at the airport or at the aircraft is protocol (SPEC: a MEET is named people meeting to talk); the
talks that follow are their own MEET. A MEET whose trigger is a greeting word (events.toml arrival_greeting_words) in a
sentence that tells the arrival (arrival_greeting_places) is dropped. A welcome ceremony (欢迎仪式) is not a greeting
word here and stays."""

from __future__ import annotations

from dipnet.extract.common.eventwords import any_word, words_of
from dipnet.model import Event
from dipnet.sentencebounds import sentence_around

_ENDS = "。\n"


def arrival_greetings(text: str, events: list[Event]) -> list[Event]:
    """The events less each MEET read off a greeting word in a sentence that tells an arrival."""
    words = set(words_of("arrival_greeting_words"))
    places = any_word("arrival_greeting_places")

    def greeting(e: Event) -> bool:
        if e.type != "MEET" or e.attributes.get("trigger") not in words:
            return False
        a, b = sentence_around(text, e.start, _ENDS)
        return places.search(text, a, b) is not None

    return [e for e in events if not greeting(e)]
