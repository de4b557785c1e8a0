"""(ev41, issue 13; after ev30's try) A protest told inside a spokesperson's quoted answer (发言人某某指出:“越南…谴责…”;
回答记者…的提问时,某某表示:“…”; a caption naming the spokesperson over “…9日,…已经向…提出严正交涉”). A trigger inside
quotes is taken for speech content (triggers.py); a condemnation or démarche the spokesperson announces in answer is
the government's own act (SPEC: DISAPPROVE), on a day the page tells: the deed's own day inside the quote, else the
day of the press briefing the page reports before the answer. Where the page tells neither, the quote stays the
answer's content (a protest of another day, told with no day of its own). Words are data (cues.toml)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause, quoted
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.page import EventPage
from dipnet.sentencebounds import sentence_around


def _opening(text: str, c: Clause, k: int) -> int:
    """Where the quote the word at k stands in opens, if the spokesperson is named just before it (else -1)."""
    opening = text.rfind("“", c.sentence[0], k)
    if opening < 0 or rx.compile(cue("answer_quote_before")).search(text, max(0, opening - 80), opening) is None:
        return -1
    return opening


def _own_day(page: EventPage, opening: int, k: int) -> bool:
    """A day at the head of a clause inside the quote, before the word (9日,…已经向…提出严正交涉): the deed's own
    (resolved or not: a page with no date of its own leaves 9日 unresolved)."""
    own = rx.compile(cue("answer_own_time_after"))
    text = page.doc.text
    return any(x.kind not in ("duration", "anniversary") and own.match(text, x.end) is not None
               for x in page.times.starting_in(opening, k))


def _briefing_day(page: EventPage, before: int) -> str | None:
    """The day of the press briefing the page reports before the answer (8月28日,越南外交部发言人…主持举行例行新闻
    发布会): the answer's day, where the page's own date may be another."""
    text = page.doc.text
    for found in rx.compile(cue("answer_briefing_words")).finditer(text, 0, before):
        start = sentence_around(text, found.start(), "。\n")[0]
        days = [x for x in page.times.starting_in(start, found.start()) if x.value and x.precision == "day" and x.kind == "date"]
        if days:
            return str(days[0].value)
    return None


def answered_protest(page: EventPage, c: Clause, k: int, type_name: str, trig: str) -> bool:
    """Is the trigger at k a protest's own act (谴责, 交涉, 抗议) inside a quote a spokesperson opens in answer, on a
    day the page tells? (a stance told there, 坚决反对…, 要求…, stays the answer's content)"""
    if type_name not in cues("answer_quote_types") or trig not in cues("answer_quote_acts"):
        return False
    opening = _opening(page.doc.text, c, k)
    return opening >= 0 and (_own_day(page, opening, k) or _briefing_day(page, opening) is not None)


def answer_date(page: EventPage, c: Clause, k: int, type_name: str,
                told: tuple[str | None, str | None, str | None]) -> tuple[str | None, str | None, str | None]:
    """The day of a protest told in an answer: its own day before the word inside the quote is read as told;
    else the briefing's — not a day the answer talks about after it (谴责…,认为1月7日发生的…)."""
    text = page.doc.text
    if type_name not in cues("answer_quote_types") or not quoted(text, c.sentence[0], k):
        return told
    opening = _opening(text, c, k)
    if opening < 0 or _own_day(page, opening, k):
        return told
    briefing = _briefing_day(page, opening)
    return (briefing, "day", None) if briefing is not None else told


def answered_at(sentence: str, at: int) -> bool:
    """Does the word at `at` of a sentence stand inside a quote a spokesperson opens in answer (回答…关于…事件的
    问题时,发言人某某表示:“某国谴责一切形式的…”)? Asked of a protest the sentence tells: in answer
    to a question on an incident, condemning every act of the kind is the stance on that incident (prune.py)."""
    opening = sentence.rfind("“", 0, at)
    return opening >= 0 and sentence.find("”", opening, at) == -1 and \
        rx.compile(cue("answer_quote_before")).search(sentence, max(0, opening - 80), opening) is not None
