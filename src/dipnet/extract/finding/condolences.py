"""Condolences that name no one they are sent to but the one mourned (某某致唁电,对泰国前首相某某逝世表示深切哀悼;
在脸书发表唁函,对某国前总理某某逝世表达慰问): the dead are no actors (events._deceased), and the country of the one
mourned, named beside them, receives the condolences — SPEC: the country or body where no recipient is named (the
official gold, dev2 n24: MESSAGE [sender, 泰国]). Called by events._one for MESSAGE."""

from __future__ import annotations

from dipnet.extract.common.page import EventPage, country_name


def mourned_lands(page: EventPage, sentence: tuple[int, int], dead: set[str]) -> list[str]:
    """The countries of the people mourned, in the order the sentence names them: the country named in the title
    right before the one mourned (泰国 of 泰国前首相某某) first — the text's word over a land a name may be
    misfiled under — else the land the page files the person under, where the page names it."""
    out: list[str] = []
    ms = page.in_span(*sentence)
    for m in ms:
        e = page.entities.get(m.entity_id)
        if e is None or e.name not in dead:
            continue
        titled = [x for x in ms if m.start - _TITLE_SPAN <= x.end <= m.start and (y := page.entities.get(x.entity_id))
                  is not None and y.type == "COUNTRY"]
        y = page.entities.get(titled[-1].entity_id) if titled else None
        land = y.name if y is not None else country_name(page.country_by_name.get(e.name))
        if land and land in page.lands and land not in out:
            out.append(land)
    return out


# characters a title may take between a country and the one it names (前国家主席, 已故前首相, 原国务院总理)
_TITLE_SPAN = 8


def addressed_to_mourned(page: EventPage, sentence: tuple[int, int], dead: set[str],
                         participants: list[str]) -> list[str]:
    """The message's groups whose recipients are all mourned go to the mourned's countries instead (a group with
    a living recipient keeps its own: 向越南政府和某某家属致唁电); the participants gain those countries."""
    lands = mourned_lands(page, sentence, dead)
    if not lands or not page.message_groups:
        return participants
    groups = [(who, lands if all(n in dead for n in to) else to, from_lands, to_lands)
              for who, to, from_lands, to_lands in page.message_groups]
    if groups == page.message_groups:
        return participants
    page.message_groups = groups
    return participants + [n for n in lands if n not in participants]
