"""An unknown name in a list the text closes as a list of places is a place (巴格达、巴士拉、纳杰夫、卡尔巴拉等地;
槟城、霹雳、吉打及玻璃市4州; 曼德勒、东枝、腊戌、实皆等缅北各市): the items of one list are of one kind, and a
closing 等地 / 等…各市 / a count of states or cities says that kind is place. The knowledge base knows some items
(two at least, of one country when it tells theirs); each other item, held between a list mark and the next mark
or the closer, is a place of its own, tied to the KB's entry where the KB names it with a level word (霹雳州); an item the page names elsewhere with
its level word (南塔省) is left to that name.
A list is read leftwards from its closer and stops at the first item it cannot bound on its left, so the list's
first item must be a known place."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.kb import KnowledgeBase
from dipnet.model import Mention
from dipnet.recognize.dotted import is_han
from dipnet.recognize.lexicon import name_rules, read_word

_WIDEST = 5  # an unknown item: two to five Han characters
_REGION = 4  # the region words a closer may hold between 等 and its level word (等 + 缅北 + 各市)


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], str, tuple[str, ...], tuple[str, ...]]:
    """The closer pattern, the list marks, the joiners before a last item and the level words
    (names.toml listed_place_*)."""
    ends = "|".join(sorted(map(re.escape, read_word("listed_place_ends")), key=len, reverse=True))
    levels = "|".join(sorted(map(re.escape, read_word("listed_place_count_levels")), key=len, reverse=True))
    counts = re.escape(str(read_word("listed_place_counts")))
    closer = re.compile(rf"等[\u4e00-\u9fff]{{0,{_REGION}}}?(?:{ends})|[{counts}]+(?:{levels})")
    joiners = tuple(sorted(read_word("listed_place_joiners"), key=len, reverse=True))
    return closer, str(read_word("listed_place_marks")), joiners, tuple(read_word("listed_place_levels"))


def _kb_place(kb: KnowledgeBase, name: str, levels: tuple[str, ...], country: str | None) -> str | None:
    """The id of the KB place named `name` + a level word, of the list's country when it has one."""
    for level in levels:
        for e in kb.by_name(name + level):
            if e.type == "LOCATION" and (country is None or e.country in (None, country)):
                return e.id
    return None


def listed_places(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with each unknown item of a list closed as places added as a place."""
    closer, marks, joiners, levels = _words()
    if not any(m in text for m in marks):
        return mentions
    places = {m.end: m for m in mentions if m.type == "LOCATION"}
    if not places:
        return mentions
    spans = sorted((m.start, m.end) for m in mentions)
    rules = name_rules()

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in spans)

    def unknown_start(e: int, last: bool) -> int | None:
        """The start of an unknown item ending at e: two to five Han characters right after a list mark
        (or after a joiner, for the list's last item)."""
        for s in range(e - 2, max(-1, e - _WIDEST - 1), -1):
            if s > 0 and (text[s - 1] in marks or (last and any(text.startswith(w, s - len(w)) for w in joiners))):
                name = text[s:e]
                if all(is_han(c) for c in name) and free(s, e) and not rules.ends_in_org_suffix(name):
                    return s
                return None
        return None

    added: list[Mention] = []
    for hit in closer.finditer(text):
        end, known, unknown, first = hit.start(), [], [], True
        while True:
            place = places.get(end)
            if place is not None and place.start < end:
                known.append(place)
                start = place.start
            else:
                got = unknown_start(end, first)
                if got is None:
                    break
                unknown.append((got, end))
                start = got
            # the mark before this item: 、 anywhere, a joiner only before the last item
            if start > 0 and text[start - 1] in marks:
                end = start - 1
            elif first and (joiner := next((w for w in joiners if text.startswith(w, start - len(w))), None)):
                end = start - len(joiner)
            else:
                break
            first = False
        lands = {kb.entries[m.kb_id].country for m in known if m.kb_id and m.kb_id in kb.entries} - {None}
        if len(known) < 2 or not unknown or len(lands) > 1:
            continue
        country = next(iter(lands), None)
        for s, e in unknown:
            name = text[s:e]
            kb_id = _kb_place(kb, name, levels, country)
            # a place the page names in full elsewhere (南塔省 … 丰沙里、乌多姆赛、南塔三省) is that place, read there
            if kb_id is None and any(name + level in text for level in levels):
                continue
            added.append(Mention(s, e, name, "LOCATION", kb_id=kb_id))
    return mentions + added if added else mentions
