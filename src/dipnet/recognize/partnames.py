"""A person the page names in full, named again later by a part of that name: the first or last part of a
transliterated name (安瓦尔·易卜拉欣 … 安瓦尔总理, 帕特里克·墨菲 … 会见墨菲) or a Japanese surname (高市早苗 …
高市首相, 。高市表示). The part is read as that person where a title follows it directly, or where it opens
a clause (after punctuation, at a line's start, after a title or a word that opens a name: 大使墨菲, 而茂木)
and no word of a group called after the person follows (某某家族) — never inside a running word (提高市场);
a date after it is no running word (野田17日)."""

from __future__ import annotations

from functools import lru_cache

from dipnet.model import Coverage, Document, Entity, Mention
from dipnet.recognize.gazetteer import gazetteer
from dipnet.recognize.lexicon import name_rules
from dipnet.recognize.namerepeats import find_each

_DOTS = "·•‧・"
# countries whose people's names open with a two-character surname, written without a dot
_SURNAME_FIRST_TWO = frozenset({"JP"})


def _parts(e: Entity) -> set[str]:
    """The parts of the person's full names a page may name them by alone."""
    out: set[str] = set()
    for form in {e.name, *e.mentions}:
        for d in _DOTS:
            if d in form:
                parts = form.split(d)
                out |= {p for p in (parts[0], parts[-1]) if len(p) >= 2}
                break
        else:
            if e.country in _SURNAME_FIRST_TWO and 3 <= len(form) <= 4 and not form.isascii():
                out.add(form[:2])
    return out


def _opens_clause(text: str, k: int) -> bool:
    return k == 0 or not (text[k - 1].isalnum() or text[k - 1] in _DOTS)


@lru_cache(maxsize=1)
def _part_words() -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """names.toml: the words after which a part opens a name, the group words after it, the date words."""
    words = dict(name_rules().name_read_words)
    return (tuple(words.get("part_name_preceders", ())), tuple(words.get("part_name_groups", ())),
            str(words.get("date_words", "")))


def _opens_name(text: str, k: int, preceders: tuple[str, ...]) -> bool:
    """A part at k opens a name: a clause opens there, a word that opens a name (而, 对, 会见) or a title
    (大使) ends right before it."""
    if _opens_clause(text, k) or text.endswith(preceders, 0, k):
        return True
    window = text[max(0, k - 8):k]
    return any(t == len(window) for _, t, _ in gazetteer().find_titles(window))


def _free_after(text: str, end: int, dates: str) -> bool:
    """No running word after the part: not a digit unless a date's (野田 + 17日)."""
    if end >= len(text):
        return False
    j = end
    while j < len(text) and text[j].isdigit():
        j += 1
    return j == end or (j < len(text) and text[j] in dates)


def add_part_names(doc: Document) -> None:
    """Every occurrence of a part (see `_parts`) of one person's name on the page, followed by a title or
    opening a clause and outside any mention, becomes a mention of that person; a part two people of
    the page share is left alone."""
    text = doc.text
    owner: dict[str, Entity | None] = {}
    for e in doc.entities:
        if e.type != "PERSON":
            continue
        for p in _parts(e):
            owner[p] = None if p in owner and owner[p] is not e else e
    sure = {p: e for p, e in owner.items() if e is not None}
    words = list(sure)
    if not words:
        return
    # the parts the text holds (most pages name no one again by a part: no coverage is built for them)
    held = [(w, at) for w, at in zip(words, find_each(text, words), strict=True) if at]
    if not held:
        return
    taken = Coverage(len(text), [(m.start, m.end) for m in doc.mentions])
    gaz = gazetteer()
    preceders, groups, dates = _part_words()
    added: list[Mention] = []
    for part, starts in held:
        e = sure[part]
        for k in starts:
            end = k + len(part)
            # a group's word right after the part, or after one more character (a name read one short:
            # 某某·奔舍 + 那家族), makes it the group's name, not the person's
            if taken.any(k, end) or text.startswith(groups, end) or text.startswith(groups, end + 1):
                continue
            titled = any(s == 0 for s, _, _ in gaz.find_titles(text[end:end + 8]))
            if titled or (_opens_name(text, k, preceders) and _free_after(text, end, dates)):
                added.append(Mention(k, end, part, "PERSON", entity_id=e.id, kb_id=e.kb_id))
                taken.mark(k, end)
    if added:
        doc.mentions = sorted(doc.mentions + added, key=lambda m: (m.start, -m.end))


@lru_cache(maxsize=4096)
def _whole_title(tail: str) -> bool:
    """A title spans `tail` whole (asked of the same tails on page after page: remembered)."""
    return any(s == 0 and t == len(tail) for s, t, _ in gazetteer().find_titles(tail))


def _surname_forms(doc: Document) -> dict[str, Entity | None]:
    """Surname + title (李总理) -> the one person of the page with a two- or three-character name
    opening with that surname who holds a post on the page ending with that title; None where two do."""
    people = {e.id: e for e in doc.entities if e.type == "PERSON" and 2 <= len(e.name) <= 3
              and all("\u4e00" <= c <= "\u9fff" for c in e.name)}
    out: dict[str, Entity | None] = {}
    whole: dict[str, bool] = {}  # tail -> a title spans it whole (roles repeat titles: asked once a tail)
    for r in doc.roles:
        e = people.get(r.person_id)
        if e is None:
            continue
        for n in range(2, min(len(r.title), 4) + 1):
            tail = r.title[-n:]
            if tail not in whole:
                whole[tail] = _whole_title(tail)
            if whole[tail]:
                form = e.name[0] + tail
                out[form] = None if form in out and out[form] is not e else e
    return out


def add_surname_titles(doc: Document) -> None:
    """Every surname + title (see `_surname_forms`) outside any mention, with no mention just before it
    (罗马总统府 is not 马 + 总统), becomes a mention of that person over the surname, the title left
    to be read as the title it is."""
    sure = {f: e for f, e in _surname_forms(doc).items() if e is not None}
    if not sure:
        return
    text = doc.text
    words = list(sure)
    held = [(w, at) for w, at in zip(words, find_each(text, words), strict=True) if at]
    if not held:
        return
    taken = Coverage(len(text), [(m.start, m.end) for m in doc.mentions])
    added: list[Mention] = []
    for form, starts in held:
        e = sure[form]
        for k in starts:
            if not taken.any(max(k - 1, 0), k + 1) or (k == 0 and not taken.at(0)):
                added.append(Mention(k, k + 1, form[0], "PERSON", entity_id=e.id, kb_id=e.kb_id))
                taken.mark(k, k + 1)
    if added:
        doc.mentions = sorted(doc.mentions + added, key=lambda m: (m.start, -m.end))
