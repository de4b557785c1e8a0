"""An interview told from the reporter's side (某报记者就…采访了某某): the one interviewed speaks, so the
person after the verb is the STATEMENT's speaker, not the reporter or the outlet before it (SPEC: a
quoted interview is the statement of the one who answers). Told from the speaker's side (某某接受…采访)
the speaker stands first, as for any statement (actors.speaker)."""

from __future__ import annotations

from dipnet.extract.clauses import Clause
from dipnet.extract.cues import cues
from dipnet.extract.page import MEDIA_SECTORS, EventPage
from dipnet.model import Mention


def interviewee(page: EventPage, c: Clause, k: int, trig: str, mentions: list[Mention]) -> list[str]:
    """The person interviewed when a reporter or an outlet does the interviewing in the clause, else []."""
    if trig not in cues("interview_verbs"):
        return []
    text = page.doc.text
    before = text[c.start:k]
    if any(w in before for w in cues("interview_passive")):
        return []  # 某某接受记者采访: the subject speaks
    outlet = any(w in before for w in cues("reporter_words")) or any(
        m.end <= k and (e := page.entity(m)) is not None and e.type == "ORG" and e.sector in MEDIA_SECTORS
        for m in mentions)
    if not outlet:
        return []
    after = [m for m in mentions if m.start >= k + len(trig) and (e := page.entity(m)) is not None
             and e.type == "PERSON"]
    return [page.entity(after[0]).name] if after else []  # type: ignore[union-attr]
