"""Two-part headlines in a row of teasers parted by spaces. Chinese headlines are often written in two
halves parted by a space, the second sharing the first's subject ("某国总理抵达某地 开始正式访问",
"两国加强合作 发展伙伴关系"); a site's related-news bar prints its headlines in one row, parted by the
same spaces. A piece that opens with its predicate (a verb, an adverb or modal before it, a preposition)
after a piece that opens with its own subject is the second half of that teaser, not a teaser of its own
(issue 13, tb1). A piece after one that is itself subjectless or a second half stays its own teaser
("推动两国合作 进一步深化伙伴关系" are two headlines of a subjectless house style)."""

from __future__ import annotations


def _predicate_led(text: str, openers: tuple[str, ...]) -> bool:
    return bool(openers) and text.startswith(openers)


def joined_halves(text: str, spans: list[tuple[int, int]], openers: tuple[str, ...]) -> list[tuple[int, int]]:
    """The teasers of a row: its pieces' spans in `text`, a second half joined to the piece before it
    where only spaces part them."""
    out: list[tuple[int, int]] = []
    joined = False  # (the last span out is a piece with its second half already)
    for a, z in spans:
        if out and not joined and _predicate_led(text[a:z], openers) \
                and not _predicate_led(text[out[-1][0]:out[-1][1]], openers) \
                and not text[out[-1][1]:a].strip():
            out[-1] = (out[-1][0], z)
            joined = True
            continue
        out.append((a, z))
        joined = False
    return out
