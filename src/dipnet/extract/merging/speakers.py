"""The people who speak at a conference are its participants (SPEC: CONFERENCE participants are the
holding body plus every named chair, speaker and attendee; a speech at a conference is both a
CONFERENCE and a STATEMENT): a speech or reported words told after a conference of the same teaser
(or the article), on an agreeing day, before another occasion is told (talks, a visit, a signing…),
place the speaker at it. An interview, an article or a press conference is an occasion of its own."""

from __future__ import annotations

from operator import attrgetter

from dipnet import rx
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue
from dipnet.extract.finding.sameday import dates_agree
from dipnet.extract.finding.spoken import statement_pattern
from dipnet.model import Event

# the kinds of statement made on an occasion of their own, not at the conference told before
_OWN_SETTINGS = ("press conference", "interview", "press answer", "article")
# the occasions after which what is said is said there, not at the conference told before
_OTHER_OCCASIONS = ("MEET", "CALL", "VISIT", "AGREEMENT", "ANNIVERSARY", "MESSAGE")
_REACH = 1200  # characters after a conference's telling within which its speakers are told


def seat_speakers(events: list[Event], people: set[str], text: str) -> None:
    """Add to each occurred CONFERENCE the people whose statements follow it (see the module); text:
    the page's normalized text (a sentence naming a spokesperson, a press conference or an interview
    tells an occasion of its own)."""
    cb = codebook()
    own = cb.spokesman_words + cb.own_statement_settings
    current: dict[int | None, Event] = {}
    for e in sorted(events, key=attrgetter("start")):
        if e.type == "CONFERENCE":
            current[e.brief] = e
        elif e.type in _OTHER_OCCASIONS and e.status == "occurred":  # (fp1: a visit a speaker says is coming is no
            current.pop(e.brief, None)                                 # new occasion; the conference goes on)
        elif e.type == "STATEMENT" and e.brief in current:
            conf = current[e.brief]
            if conf.status != "occurred" or e.start - conf.start > _REACH or not dates_agree(conf, e):
                continue
            if e.attributes.get("kind") in _OWN_SETTINGS or any(w in text[e.start:e.end] for w in own):
                continue
            if (e.start, e.end) == (conf.start, conf.end):
                continue  # (the conference's own sentence has told who attends: 甲对乙举办…大会给予高度评价)
            if _quoted(e, text):
                continue  # (他援引某某此前的讲话说: the one quoted spoke elsewhere, he is not at the conference — ev64)
            for p in e.participants:
                if p in people and p not in conf.participants:
                    conf.participants.append(p)


def conference_speech_days(events: list[Event], text: str) -> None:
    """A speech told with no time of its own but at a meeting's setting (某某在会议上讲话时指出; a caption 某某在
    全国性…会议上发表讲话) is made at the conference told last before it — it takes that conference's day, not the
    page's (seeds: a 2021 conference's speech otherwise joined a later plenum's speech of the page's year), and its
    pillar (a speech at a party's meeting is party diplomacy whatever post the speaker also holds). The speaker's
    reported words told on in the paragraph of that speech (…发表讲话时表示…。对于…,某某强调说) are words of the same
    speech: its day too (me2: not the page's year, which would join them to a later speech of that year)."""
    if not text:
        return
    at_meeting = statement_pattern("speech_at_meeting")
    current: dict[int | None, Event] = {}
    spoken: dict[int | None, Event] = {}  # the speech last dated by its conference, per teaser
    for e in sorted(events, key=attrgetter("start")):
        if e.type == "CONFERENCE" and not e.attributes.get("_untimed"):  # (not a retelling dated by the page)
            current[e.brief] = e
            spoken.pop(e.brief, None)
        elif e.type in _OTHER_OCCASIONS:
            current.pop(e.brief, None)
            spoken.pop(e.brief, None)
        elif e.type == "STATEMENT" and e.attributes.get("_untimed") and _goes_on(spoken.get(e.brief), e, text):
            said = spoken[e.brief]
            e.date, e.date_precision, e.end_date, e.channel = said.date, said.date_precision, said.end_date, said.channel
            del e.attributes["_untimed"]
        elif e.type == "STATEMENT" and e.attributes.get("_untimed") and e.brief in current:
            conf = current[e.brief]
            if conf.status != "occurred" or conf.date_precision != "day" or e.start - conf.start > _REACH or \
                    conf.start == e.start or not at_meeting.search(text, e.start, e.end):
                continue
            e.date, e.date_precision, e.end_date = conf.date, conf.date_precision, conf.end_date
            e.channel = conf.channel or e.channel  # (a speech at a party's conference is the party's: its pillar too)
            del e.attributes["_untimed"]
            spoken[e.brief] = e


def _goes_on(speech: Event | None, e: Event, text: str) -> bool:
    """Are e's words reported (no kind of their own) by the speaker of `speech`, told after it in its paragraph?"""
    return speech is not None and "kind" not in e.attributes and e.start > speech.start and \
        e.participants[:1] == speech.participants[:1] and "\n" not in text[speech.start:e.start]


def _quoted(e: Event, text: str) -> bool:
    """Is the statement's own word the end of a stretch of quoting (援引某某此前的讲话: words_carried), its speaker
    the one quoted?"""
    trig = e.attributes.get("trigger")
    return isinstance(trig, str) and any(m.group(0).endswith(trig) for m in rx.compile(cue("words_carried")).finditer(text, e.start, e.end))
