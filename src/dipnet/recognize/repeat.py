"""Later mentions of a person a page introduced with a title: 副主席兼秘书长武仲金 …, 武仲金强调."""

from __future__ import annotations

from dipnet.model import Coverage, Document, Mention, in_order
from dipnet.recognize.namerepeats import find_each


def add_repeated_names(doc: Document) -> None:
    """Every further occurrence of a rule-found person's name (two characters or more) becomes a
    mention of that person, unless it lies inside another mention."""
    text = doc.text
    added: list[Mention] = []
    people = [(e, sorted(sorted({f for f in e.mentions if len(f) >= 2}), key=len, reverse=True))  # (longest first, then by text)
              for e in doc.entities if e.type == "PERSON"]
    words = list(dict.fromkeys(f for _, forms in people for f in forms))
    # a page naming no person by rule or from the KB has nothing to repeat: nothing to index then
    taken = Coverage(len(text), [(m.start, m.end) for m in doc.mentions] if words else ())
    # every place of every form in one pass (a long page names many people: a pass per name
    # would read it once per name)
    places = dict(zip(words, find_each(text, words), strict=True))
    for e, forms in people:
        for form in forms:
            end = 0
            for k in places[form]:
                if k < end:
                    continue  # the next occurrence after the last one's end, as text.find(form, end)
                end = k + len(form)
                if not taken.any(k, end):
                    added.append(Mention(k, end, form, "PERSON", entity_id=e.id, kb_id=e.kb_id))
                    taken.mark(k, end)
    doc.mentions = in_order(doc.mentions + added)

