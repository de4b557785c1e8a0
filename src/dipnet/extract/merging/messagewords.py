"""(fp1, unseen pages) What a message says is no STATEMENT: a sentence that tells a message and goes on with its words
(胡锦涛分别致电甲、乙、丙,代表中国政府和人民…表示诚挚慰问) may read a statement of the last name before the verb of saying,
a recipient; the message holds those words (SPEC: a STATEMENT is a speech, interview, article or statement)."""

from __future__ import annotations

from dipnet.model import Event


def message_words(events: list[Event]) -> list[Event]:
    """The events less each STATEMENT of no kind that starts inside a MESSAGE's sentence of the same brief and whose
    speakers all take part in that message."""
    messages = [e for e in events if e.type == "MESSAGE"]
    if not messages:
        return events

    def told(e: Event) -> bool:
        return e.type == "STATEMENT" and "kind" not in e.attributes and bool(e.participants) and any(
            m.brief == e.brief and m.start <= e.start < m.end and set(e.participants) <= set(m.participants)
            for m in messages)
    return [e for e in events if not told(e)]
