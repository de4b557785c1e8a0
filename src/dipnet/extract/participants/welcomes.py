"""The guest of a welcome ceremony told without them (苏林总书记及夫人主持欢迎仪式 / 欢迎仪式按照…规格进行):
the one the text welcomed just before (欢迎老挝…主席通伦·西苏里及夫人…的正式仪式…举行 / 主持仪式,欢迎中国
国务院总理李强…访问), in the sentences before it in its teaser or article; or in the clause right after it
(…举行正式欢迎仪式,热烈欢迎李鹏委员长和夫人来访)."""

from __future__ import annotations

from dipnet.extract.common.clauses import SENTENCE_MARKS, Clause
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.page import EventPage, names
from dipnet.extract.participants.carry import sentence_subject

_REACH = 400  # characters before the ceremony word within which the welcome is looked for


def welcomed_before(page: EventPage, c: Clause, k: int, hosts: set[str]) -> str | None:
    """The first person named after the nearest welcome word before `k` (in its sentence, not a host),
    within the same teaser or the article, or None."""
    text = page.doc.text
    lo = max(0, k - _REACH)
    while lo < k and page.doc.brief_at(lo) != c.brief:
        lo += 1
    best: tuple[int, str] | None = None
    for w in codebook().welcome_words:
        at = text.rfind(w, lo, k)
        while at != -1:
            end = min([k] + [i for ch in SENTENCE_MARKS if (i := text.find(ch, at, k)) != -1])
            guest = next((e.name for m in page.in_span(at + len(w), end)
                          if (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON" and e.name not in hosts), None)
            if guest is not None:
                if best is None or at > best[0]:
                    best = (at, guest)
                break
            at = text.rfind(w, lo, at)
    return best[1] if best else None


def received_guest(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """习近平对泰国进行国事访问,得到国王和王后的盛情款待: a clause opening with a verb of receiving (受到, 得到, 获得)
    names only the hosts; the guest is the one its sentence is about, before it."""
    if not page.doc.text[c.start:k].lstrip(" ,，").startswith(cues("received_openers")):
        return participants
    guest = sentence_subject(page, c.sentence[0], c.start)
    return [guest] + [p for p in participants if p != guest] if guest else participants


def welcomed_after(page: EventPage, c: Clause) -> list[str]:
    """The people a clause right after this one welcomes (,热烈欢迎甲和乙来访): the first person named in it
    when it opens, after an adverb of warmth, with a welcome word."""
    text = page.doc.text
    if c.end >= c.sentence[1] or text[c.end] != ",":
        return []
    stop = text.find(",", c.end + 1, c.sentence[1])
    end = stop if stop != -1 else c.sentence[1]
    opening = text[c.end + 1:end].lstrip().lstrip(cue("warmth"))
    if not opening.startswith(codebook().welcome_words):
        return []
    people = [m for m in page.in_span(c.end + 1, end) if (e := page.entities.get(m.entity_id)) and e.type == "PERSON"]
    return names(page, people[:1], ("PERSON",))
