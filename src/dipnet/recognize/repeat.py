"""Later mentions of a person a page introduced with a title: 副主席兼秘书长武仲金 …, 武仲金强调."""

from __future__ import annotations

from dipnet.model import Coverage, Document, Mention


def add_repeated_names(doc: Document) -> None:
    """Every further occurrence of a rule-found person's name (two characters or more) becomes a
    mention of that person, unless it lies inside another mention."""
    text = doc.text
    taken = Coverage(len(text), ((m.start, m.end) for m in doc.mentions))

    added: list[Mention] = []
    for e in doc.entities:
        if e.type != "PERSON":
            continue
        for form in sorted({f for f in e.mentions if len(f) >= 2}, key=lambda f: (-len(f), f)):
            k = text.find(form)
            while k != -1:
                end = k + len(form)
                if not taken.any(k, end):
                    added.append(Mention(k, end, form, "PERSON", entity_id=e.id, kb_id=e.kb_id))
                    taken.mark(k, end)
                k = text.find(form, end)
    doc.mentions = sorted(doc.mentions + added, key=lambda m: (m.start, -m.end))

