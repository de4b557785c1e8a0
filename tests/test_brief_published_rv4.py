"""Document.brief_published: the date a teaser carries of its own, None for the main article, a teaser
with none, or an index past the teasers (rv4: one helper for foundings, resolve and factcontext)."""

from __future__ import annotations

from dipnet.model import Brief, DateValue, Document, Span


def test_a_teaser_date_or_none() -> None:
    own = DateValue("2024-05-06", "day", "dateline", 0.9)
    doc = Document(doc_id="d", source="s", raw="", text="", offsets=[0], briefs=[Brief(0, Span(0, 1)), Brief(1, Span(2, 3), published=own)])
    assert doc.brief_published(1) is own
    assert doc.brief_published(0) is None
    assert doc.brief_published(None) is None
    assert doc.brief_published(5) is None
