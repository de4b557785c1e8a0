"""Who leads a delegation: the one told in a clause of its own (总统派某某率领代表团,赴华府出席…; …接见代表团)
whom the clauses after it go on from, and the head of a body's delegation (以某某为团长的…; 代表团团长、某某),
split from visits.py and carry.py."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage


def delegation_leader(page: EventPage, start: int, end: int, sent: bool = False) -> str | None:
    """The last person in [start, end) whose name is followed by the words of leading a delegation
    (某某率领代表团, 某某率团): the one who heads the delegation the text goes on to. `sent`: only one
    someone sends (总统派某某率领代表团: not 苏林和夫人某某率领代表团, where the subject leads it)."""
    text, lead = page.doc.text, rx.compile(cue("leads_delegation_clause"))
    led = page.last_in_span(start, end, lambda m: (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"
                            and lead.match(text, m.end, end) is not None)
    if led is not None and sent and rx.compile(cue("sender_before")).search(text, start, led.start) is None:
        return None
    e = page.entities.get(led.entity_id) if led is not None else None
    return e.name if e is not None else None


def delegation_head(page: EventPage, body: str) -> str | None:
    """Who heads the body's delegation: the head the page names with it (以某某为团长的…), else the one
    it names as head apart (代表团团长、某部部长某某)."""
    if body in page.delegations:
        return page.delegations[body]
    done: dict[str, str | None] = page.__dict__.setdefault("_delegation_heads", {})
    if body not in done:
        done[body] = _head_apart(page, body)
    return done[body]


def _head_apart(page: EventPage, body: str) -> str | None:
    text = page.doc.text
    gap = rx.compile(cue("delegation_head_gap"))
    for w in rx.compile(cue("delegation_head")).finditer(text):  # 代表团团长、某部部长某某 / 代表团由某某率领
        for m in page.in_span(w.end(), w.end() + 40):
            e = page.entities.get(m.entity_id)
            if e is None or not gap.fullmatch(text, w.end(), m.start):
                break
            if e.type == "PERSON":
                led = w.group(0).endswith("由")
                if not led or rx.compile(cue("delegation_led_after")).match(text[m.end:m.end + 4]):
                    return e.name
    # 越南国会副主席阮德海率团…: the one whose title names the body leads its delegation
    for m in page.mentions:
        e = page.entities.get(m.entity_id)
        if e is None or e.type != "PERSON" or not rx.compile(cue("leads_delegation_after")).match(text[m.end:m.end + 4]):
            continue
        title = text[max(0, m.start - 24):m.start]
        if body in title and not rx.compile(r"[,，。;；]").search(title[title.rfind(body):]):
            return e.name
    return None


def delegation_after(page: EventPage, at: int, words: tuple[str, ...]) -> bool:
    """A delegation word right after a body's or land's name (老挝代表团), after the words of its sending an
    unnamed delegation (朝鲜已派出代表团, 越南派高级代表团: the sender's delegation travels; fm1, issue 13), or after
    a group of the body that has no name of its own (南韩国会韩中议员联盟代表团)."""
    text = page.doc.text
    if text.startswith(words, at):
        return True
    sent = rx.compile(cue("delegation_sent_between")).match(text, at)
    if sent is not None and text.startswith(words, sent.end()):
        return True
    # (南韩国会韩中议员联盟代表团: a group of the body named by no known name, then the delegation word; no other
    # name stands between)
    group = rx.compile(cue("delegation_group_between")).match(text, at)
    return group is not None and any(text.startswith(w, group.end()) for w in words) and not page.in_span(at, group.end())

