"""The extraction contract of ../shared/eval/SPEC.md: a Document as one JSON-ready record."""

from __future__ import annotations

from typing import Any

from dipnet.model import DateValue, Document
from dipnet.recognize.reported import reported_mentions, reported_type, written_forms
from dipnet.rx import plain as _plain


def _date(d: DateValue | None) -> dict[str, Any] | None:
    if d is None:
        return None
    return {"date": d.date, "precision": d.precision, "method": d.method,
            "confidence": round(d.confidence, 2), "evidence": d.evidence}


def _past_byline(doc: Document, start: int, place: str) -> str:
    """The place of a dateline that names its reporter before it ('中央社记者某某某台北23日电'): the
    longest known place (a place, country or city the knowledge base has) that ends the words, else them."""
    known = [m.text for m in doc.mentions if m.kb_id and m.type in ("LOCATION", "COUNTRY")
             and start <= m.start and place.endswith(m.text) and len(m.text) < len(place)]
    return max(known, key=len) if known else place


_BYLINE = _plain(r"记者([\u4e00-\u9fff]{4,10}?)(?=\d{1,2}日)")


def _dateline(doc: Document) -> dict[str, str] | None:
    from dipnet.layout import load_layout

    for s in doc.segments_of("dateline"):
        text = doc.text[s.start:s.end]
        for agency in load_layout().agencies:
            if agency in text:
                rest = text.split(agency, 1)[1]
                place = _plain(r"(?:驻\S{1,6}?记者|特派记者|记者)?([\u4e00-\u9fff]{0,6}?)(?=\d|电|专电|——|—|-|:|$)").match(rest)
                named = _BYLINE.match(rest)  # (the reporter named before the place: '记者某某某台北23日电')
                if named:
                    return {"agency": agency, "place": _past_byline(doc, s.start, named.group(1))}
                return {"agency": agency, "place": place.group(1) if place else ""}
    return None


def to_record(doc: Document) -> dict[str, Any]:
    text = doc.text

    def seg(*kinds: str) -> list[str]:
        return [text[s.start:s.end] for s in doc.segments_of(*kinds)]

    lead = seg("lead")
    attribution = seg("attribution")
    written = written_forms(doc)
    return {
        "doc_id": doc.doc_id,
        "source": doc.source,
        "url": doc.url,
        "language": doc.language,
        "title": doc.title,
        "published": _date(doc.published),
        "segments": {
            "lead": lead[0] if lead else "",
            "dateline": _dateline(doc),
            "attribution": _plain(r"^\((?:[^:]*:)?|\)$").sub("", attribution[0]) if attribution else "",
            "captions": seg("caption"),
            "headings": seg("heading"),
            "body": seg("body"),
            "end_marks": seg("endmark"),
        },
        "briefs": [
            {
                "index": b.index,
                # teasers as written, like the title: they are matched against the page itself
                "headline": doc.original_text(b.headline.start, b.headline.end),
                "summary": doc.original_text(b.summary.start, b.summary.end) if b.summary else "",
                "caption": doc.original_text(b.caption.start, b.caption.end) if b.caption else "",
                "published": _date(b.published),
            }
            for b in doc.briefs
        ],
        "entities": [
            {"id": e.id, "type": reported_type(e), "name": e.name, "mentions": reported_mentions(e, written),
             "kb_id": e.kb_id,
             "country": e.country, "sector": e.sector, "external": e.external}
            for e in doc.entities
        ],
        "roles": [{"person": r.person, "title": r.title, "as_of": r.as_of, "body": r.body,
                   "country": r.country, "evidence": text[r.start:r.end]} for r in doc.roles],
        "events": [
            {"type": e.type, "status": e.status, "date": e.date, "date_precision": e.date_precision,
             "end_date": e.end_date, "participants": e.participants, "source": e.source,
             "target": e.target, "location": e.location, "channel": e.channel,
             "attributes": e.attributes, "cameo": e.cameo, "plover": e.plover,
             "evidence": text[e.start:e.end], "span": [e.start, e.end], "brief": e.brief}
            for e in doc.events
        ],
        "facts": [
            {"subject": f.subject, "predicate": f.predicate, "value": f.value, "unit": f.unit,
             "as_of": f.as_of, "evidence": text[f.start:f.end], "brief": f.brief}
            for f in doc.facts
        ],
        "relations": [
            {"a": r.a, "b": r.b, "level": r.level, "since": r.since, "evidence": text[r.start:r.end],
             "brief": r.brief}
            for r in doc.relations
        ],
        "problems": [{"stage": p.stage, "reason": p.reason} for p in doc.problems],
    }
