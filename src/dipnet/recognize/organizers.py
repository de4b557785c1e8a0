"""The bodies an organizer frame names (由甲和乙(共同)主办、丙协办的…论坛, 由甲承办): the frame parts its holders
by its joiners (after a body's word or a name) and verbs, so each part that ends in a body's word is a body's name, even where the suffix reader,
which wants a known opener and no stop inside, reads none (某某智库 + 基金会; 韩国 + 全球战略与合作 + 研究院).
A part that holds or crosses a name read already is left alone, but for a land or place opening it
(韩国 + …研究院). SPEC: a conference's participants are its holding bodies (extract/participants/holders.py
takes them). The words are names.toml's (name_read_words.organizer_*); cf3, issue 13."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.model import Mention
from dipnet.recognize.lexicon import NameRules, name_rules, read_word

_PART_MIN, _PART_MAX, _FRAME_MAX = 3, 24, 90


@lru_cache(maxsize=1)
def _frame() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The frame (opener … last verb) and the splitter of its parts (joiners, manner words and verbs)."""
    w = dict(name_rules().name_read_words)
    opener, verbs = str(w.get("organizer_opener", "")), tuple(w.get("organizer_verbs", ()))
    manners, joiners = tuple(w.get("organizer_manners", ())), tuple(w.get("organizer_joiners", ()))
    if not opener or not verbs:
        return None

    def alt(words: tuple[str, ...]) -> str:
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))

    verb = f"(?:{alt(manners)})?(?:{alt(verbs)})" if manners else f"(?:{alt(verbs)})"
    # 由 + parts + verb, then more parts, each closed by its verb (、丙协办): no clause mark inside
    part = rf"[^,，。;；:：!！?？“”「」\n]{{{_PART_MIN - 1},{_FRAME_MAX}}}?"
    frame = re.compile(rf"{re.escape(opener)}({part}{verb}(?:、{part}{verb})*)")
    split = re.compile(f"{verb}|{alt(joiners)}" if joiners else verb)
    return frame, split


def organizer_bodies(text: str, mentions: list[Mention], rules: NameRules | None = None) -> list[Mention]:
    """The ORG mentions of the parts of organizer frames that end in a body's word and hold no name read already."""
    got = _frame()
    if got is None or not any(v in text for v in read_word("organizer_verbs")):
        return []
    frame, split = got
    joiners = set(read_word("organizer_joiners"))
    rules = rules or name_rules()
    out: list[Mention] = []
    ends = {o.end for o in mentions}
    for m in frame.finditer(text):
        at = m.start(1)
        for cut in [*split.finditer(text, m.start(1), m.end(1)), None]:
            s, e = at, cut.start() if cut is not None else m.end(1)
            piece = text[s:e]
            if cut is not None and piece and cut.group() in joiners and not (e in ends or rules.ends_in_org_suffix(piece)):
                continue  # a joiner inside a name's word (南方 + 和平 + 学会): the part goes on
            at = cut.end() if cut is not None else e
            if not _PART_MIN <= len(piece) <= _PART_MAX or not rules.ends_in_org_suffix(piece):
                continue
            if any(o.start < e and s < o.end and not (o.start == s and o.type in ("COUNTRY", "LOCATION") and o.end < e)
                   for o in mentions):
                continue  # a name read already (中国评论通讯社), or one inside (某某大学 + 研究院): not this reader's
            out.append(Mention(s, e, piece, "ORG"))
    return out
