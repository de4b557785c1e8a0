"""An interview told from the reporter's side (某报记者就…采访了某某): the one interviewed speaks, so the
person after the verb is the STATEMENT's speaker, not the reporter or the outlet before it (SPEC: a
quoted interview is the statement of the one who answers). Told from the speaker's side (某某接受…采访)
the speaker stands first, as for any statement (actors.speaker)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.page import MEDIA_SECTORS, EventPage
from dipnet.extract.participants.carry import sentence_subject
from dipnet.extract.participants.pressmet import land_press_told
from dipnet.model import Event, Mention


def interviewee(page: EventPage, c: Clause, k: int, trig: str, mentions: list[Mention]) -> list[str]:
    """The person interviewed when a reporter or an outlet does the interviewing in the clause, else []."""
    if trig not in cues("interview_verbs"):
        return []
    text = page.doc.text
    before = text[c.start:k]
    if any(w in before for w in cues("interview_passive")):
        return []  # 某某接受记者采访: the subject speaks
    outlet = any(w in before for w in cues("reporter_words")) or any(
        m.end <= k and (e := page.entities.get(m.entity_id)) is not None and e.type == "ORG" and e.sector in MEDIA_SECTORS
        for m in mentions)
    if not outlet:
        return []
    after = [m for m in mentions if m.start >= k + len(trig) and (e := page.entities.get(m.entity_id)) is not None
             and e.type == "PERSON"]
    return [page.entities.get(after[0].entity_id).name] if after else []  # type: ignore[union-attr]


def press_only(page: EventPage, c: Clause, k: int, trig: str, mentions: list[Mention]) -> bool:
    """The press does the interviewing and no one interviewed is named (只有指定的媒体可以进入采访: the
    press covering the visit): no one's statement."""
    if trig not in cues("interview_verbs") or interviewee(page, c, k, trig, mentions):
        return False
    before = page.doc.text[c.start:k]
    if any(w in before for w in cues("interview_passive")):
        return False
    return any(w in before for w in cues("reporter_words"))


def press_talk(page: EventPage, ev: Event, clause: str) -> Event | None:
    """A meeting whose only partner is the press (某大使与越南媒体记者进行交谈, 会见新华社、人民日报等媒体记者):
    the one person named answers reporters — a STATEMENT (an interview), not talks; None where another
    person or a body other than the press takes part."""
    # (the meeting's own clause; 会见大马媒体: a land's press, pressmet.py)
    if not any(w in clause for w in cues("press_partners")) and not land_press_told(page, ev, clause):
        return None
    kinds = [page.types_of.get(p, set()) for p in ev.participants]
    people = [p for p, k in zip(ev.participants, kinds, strict=True) if "PERSON" in k]
    others = [p for p, k in zip(ev.participants, kinds, strict=True) if "ORG" in k and not _media(page, p)]
    # (对于外界关注总统甲…,外长乙与媒体茶叙表示: the one the meeting's own clause names talks to the press)
    own = [p for p in people if p in clause]
    people = own if len(own) == 1 and len(people) > 1 else people
    if len(people) != 1 or others:
        return None
    st = codebook().type("STATEMENT")
    return Event(**{**ev.__dict__, "type": "STATEMENT", "participants": people, "source": people, "target": [],
                    "cameo": st.cameo or None, "plover": st.plover or None,
                    "attributes": {**ev.attributes, "mode": st.mode, "kind": "interview"}})


def _media(page: EventPage, name: str) -> bool:
    e = page.by_name.get(name)
    return e is not None and e.sector in MEDIA_SECTORS


def outlets_out(page: EventPage, c: Clause, who: list[str], trig: str) -> list[str]:
    """The speakers of a statement told at an occasion where one speaks in person (an interview, a speech, a press
    conference) without the outlets among them: an outlet there interviews, hosts or reports, it does not speak."""
    if trig not in cues("outlet_silent_triggers"):
        return who
    kept = [n for n in who if (e := page.by_name.get(n)) is None or e.sector not in MEDIA_SECTORS]
    if kept or not who:
        return kept
    clause = page.doc.text[c.start:c.end]
    if rx.compile(cue("interview_frame")).search(clause):
        answers = sentence_subject(page, c.end, c.sentence[1])  # 在接受某网的采访中,某某表示: who answers follows
    elif any(w in clause for w in cues("interview_passive")):
        answers = sentence_subject(page, c.sentence[0], c.start)  # 某某前往某台演播室,接受记者专访: who accepts answers
    else:
        answers = None
    return [answers] if answers else []
