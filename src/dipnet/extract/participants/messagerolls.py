"""Messages told as a roll (世界各国领导人…致电致函表示慰问, then a paragraph per leader): each paragraph that
opens with foreign leaders and says what a message says is one message to the lead's recipients; split from
messages.py, whose sides and lands it reads."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.attributes.channel import channel
from dipnet.extract.attributes.eventdates import event_date
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import any_of, codebook
from dipnet.extract.common.eventwords import pattern_of
from dipnet.extract.common.page import EventPage, names
from dipnet.extract.participants.messages import _SENTENCE_END, _roll_words, message_lands
from dipnet.model import Event


def generic_rolls(page: EventPage, events: list[Event], told: set[str]) -> list[Event]:
    """世界各国领导人就…向越南领导人致电致函表示慰问, then a paragraph per leader (柬埔寨首相洪森、…向越南…
    表示深切慰问; 印度总理莫迪对…深感同情): a lead whose senders are many leaders, none named, goes on in
    the paragraphs that open with foreign leaders (of a land other than the recipients') and say what a
    message says; each paragraph is one message of its leaders to the lead's recipients."""
    cb, words = codebook(), _roll_words()
    text = page.doc.text
    t = cb.type("MESSAGE")
    many = rx.compile(words["any_senders"])  # (rx: an optional word opens it, and re would try it at every character)
    says = any_of(tuple(cb.roll_verbs) + tuple(words["verbs"]))
    out: list[Event] = []
    # (a page opening with its dispatch line, 新华社北京10月25日电 近日,多国政党政要…致电或致函…, has its lead read
    # as the title: the lead all the same)
    dispatch = rx.compile(pattern_of("dispatch_opening"))
    segs = [s for s in page.doc.segments if s.kind in ("lead", "body") or
            (s.kind == "title" and dispatch.match(text, s.start) is not None)]
    for i, seg in enumerate(segs):
        closing = _SENTENCE_END.search(text, seg.start, seg.end)  # the first sentence's end (one search)
        stop = closing.start() if closing is not None else seg.end
        lead = many.search(text, seg.start, stop)
        if lead is None:
            continue
        trig = min(((at, w) for w in t.triggers if (at := text.find(w, lead.end(), stop)) != -1), default=None)
        xiang = text.find("向", lead.end(), trig[0]) if trig else -1
        if trig is None or any_of(cb.message_words).search(text, lead.end(), stop) is None:
            continue
        if xiang != -1:
            to_m = [m for m in page.in_span(xiang, trig[0]) if (x := page.entities.get(m.entity_id)) and x.type in ("PERSON", "COUNTRY")]
        else:  # 一些国家领导人…陆续致电致函习近平,热烈祝贺…: the people after the word up to its clause's end are addressed
            # (fp1, unseen pages: …分别致电、致函习近平主席、李克强总理,就…: both)
            comma = min([at for ch in ",，;；" if (at := text.find(ch, trig[0] + len(trig[1]), stop)) != -1] + [stop])
            to_m = [m for m in page.in_span(trig[0], comma) if (x := page.entities.get(m.entity_id)) and x.type == "PERSON"] or \
                [m for m in page.in_span(trig[0], stop) if (x := page.entities.get(m.entity_id)) and x.type == "PERSON"][:1]
        to = names(page, to_m, ("PERSON", "COUNTRY"))
        to_lands = {land for n, land in message_lands(page, to_m).items()}
        if not to:
            continue
        kind = next((k for w, k in sorted(t.kinds.items(), key=lambda kv: -len(kv[0])) if w in text[seg.start:stop]), None)
        for para in segs[i + 1:i + 1 + cb.roll_reach]:
            if any(e.type == "MESSAGE" and para.start <= e.start < para.end for e in events):
                continue  # the paragraph tells its own message
            closing = _SENTENCE_END.search(text, para.start, para.end)
            end = closing.start() if closing is not None else para.end
            cut = min([at for w in words["list_ends"] if (at := text.find(w, para.start, end)) != -1] + [end])
            head = [m for m in page.in_span(para.start, cut) if (x := page.entities.get(m.entity_id)) is not None and x.type == "PERSON"]
            if not head or head[0].start - para.start > cb.roll_opening or \
                    rx.compile(r"[,。;:]").search(text[para.start:head[-1].start]) or not says.search(text, head[-1].end, end):
                continue
            lands = message_lands(page, page.in_span(para.start, cut))
            who = [n for n in names(page, head, ("PERSON",)) if n not in told and n not in to]
            land = lands.get(who[0]) if who else None
            if not who or land is None or land in to_lands:
                continue  # a leader of no land the page names, or of the recipients' own
            told.update(who)
            clause = Clause(para.start, end, (para.start, end), para.brief)
            date, precision, end_date = event_date(page, clause, para.start, "MESSAGE")
            attributes: dict[str, object] = {"trigger": trig[1], "mode": t.mode, "_from": [land], "_to": sorted(to_lands)}
            if kind:
                attributes[t.attribute] = kind
            out.append(Event(type="MESSAGE", status="occurred", start=para.start, end=end + 1, participants=who + to,
                             source=who, target=list(to), location=None, date=date, date_precision=precision,
                             end_date=end_date, cameo=t.cameo or None, plover=t.plover or None, brief=para.brief,
                             channel=channel(page, cb, clause, head, t, kind), attributes=attributes))
    return out


def rolled_messages(page: EventPage, events: list[Event]) -> list[Event]:
    """古巴、泰国、朝鲜等国家领导人发来贺电,祝贺苏林…, then a paragraph per sender that names no message
    (古巴国家主席迪亚斯-卡内尔祝愿苏林…; 朝鲜…委员长金正恩强调…): each is the message of its sender to
    the lead's recipients, where its opening person speaks for a land the lead listed among the senders
    and the paragraph says what a message says (祝贺, 祝愿, 强调…). The lead then sums them up."""
    cb = codebook()
    text = page.doc.text
    out: list[Event] = []
    leads = [e for e in events if e.type == "MESSAGE" and len(set(e.attributes.get("_from", ()))) >= 1]
    by_sentence: dict[tuple[int | None, int], list[Event]] = {}
    for e in leads:
        by_sentence.setdefault((e.brief, e.start), []).append(e)
    told = {p for e in events if e.type == "MESSAGE" for p in e.source}
    for group in by_sentence.values():
        senders = {land for e in group for land in e.attributes.get("_from", ())}
        if len(senders) < 2:  # a lead that lists several sending lands
            continue
        first = group[0]
        to, to_lands = list(first.target), list(first.attributes.get("_to", ()))
        paragraphs = [s for s in page.doc.segments if s.kind == "body" and s.brief == first.brief and s.start >= first.end]
        for seg in paragraphs[:cb.roll_reach]:
            end = next((i for i in range(seg.start, seg.end) if text[i] in "。;!?"), seg.end)
            opening = page.in_span(seg.start, end)
            person = next((m for m in opening if (x := page.entities.get(m.entity_id)) is not None and x.type == "PERSON"), None)
            if person is None or person.start - seg.start > cb.roll_opening or \
                    rx.compile(_roll_words()["roll_opening_break"]).search(text[seg.start:person.start]):
                continue  # the paragraph does not open with a sender (title and name)
            name = page.entities.get(person.entity_id).name  # type: ignore[union-attr]
            land = message_lands(page, opening).get(name)
            # 联合国秘书长古特雷斯相信…: a body the lead listed among the senders, named in the title
            bodies = [x.name for m in opening if m.end <= person.start and (x := page.entities.get(m.entity_id)) is not None
                      and x.type == "ORG" and x.name in senders]
            land = bodies[0] if land not in senders and bodies else land
            if name in to or name in told or land not in senders or cb.deceased_after.match(text, person.end) or \
                    not any_of(cb.roll_verbs).search(text, person.end, end):
                continue
            told.add(name)
            out.append(Event(**{**first.__dict__, "participants": [name] + to, "source": [name], "target": list(to),
                                "start": seg.start, "end": end + 1, "attributes": {**first.attributes, "_from": [land],
                                                                                      "_to": to_lands}}))
    return out + generic_rolls(page, events, told)
