"""People named where they take a post, with no title before their name: the object of a verb of
appointment before 为 and the post (国会选举王某同志为国会主席、国家选举委员会主席; 任命阮某为驻日本
大使), and a sentence's subject before a verb of office and the post (。阮某担任越南驻美国大使). The
names are read where the KB does not know them, and each post they take is a role."""

from __future__ import annotations

from dipnet.kb import KnowledgeBase
from dipnet.model import Document, Entity, Mention, Role
from dipnet.recognize.dotted import is_han
from dipnet.recognize.lexicon import NameRules, name_rules
from dipnet.recognize.link import _rule_id, dedupe_roles
from dipnet.recognize.namereads import DELIMS, read_name_after, read_name_before, surname_led
from dipnet.recognize.scan import find_all

# the longest post a verb of office names, in characters (越南社会主义共和国国会主席)
_LONGEST_POST = 24
# what ends a clause (a verb of appointment earlier in the clause governs the name)
_CLAUSE_ENDS = "，,。;；!！?？\n"


def _posts_at(text: str, pos: int, kb: KnowledgeBase, rules: NameRules) -> list[tuple[int, int]]:
    """The posts that run from `pos`, one after another joined by 、 or 兼: each up to the next
    punctuation, ending in a listed post, holding no stop word (the post, not a clause)."""
    titles = kb.titles()
    # 兼 and 、 join posts; 和 and 及 may stand inside one (共和国)
    joiners = tuple(j for j in rules.title_joiners if j not in rules.list_closers)
    out: list[tuple[int, int]] = []
    while pos < len(text):
        end = pos
        while end < len(text) and end - pos < _LONGEST_POST and is_han(text[end]) and text[end] not in DELIMS \
                and not (end > pos and text[end] in joiners):
            end += 1
        post = text[pos:end]
        if not any(post.endswith(t) for t in _endings(post, titles)) or \
                any(len(rules.stop_at(text, k) or "") > 1 for k in range(pos, end)):
            break
        out.append((pos, end))
        if end < len(text) and text[end] in joiners:
            pos = end + 1
            continue
        break
    return out


def _endings(post: str, titles: object) -> list[str]:
    """The listed posts `post` ends with (its last two to six characters)."""
    return [post[-n:] for n in range(2, min(6, len(post)) + 1) if post[-n:] in titles]  # type: ignore[operator]


def add_appointed_people(doc: Document, kb: KnowledgeBase) -> None:
    """Adds the people named at a verb of appointment or office with the posts they take."""
    rules = name_rules()
    text = doc.text
    verbs = [v for v in rules.appoint_verbs if v in text]
    office = [v for v in rules.office_verbs if v in text]
    if not verbs and not office:
        return
    people = {m.start: m for m in doc.mentions if m.type == "PERSON" and m.entity_id}
    taken = sorted((m.start, m.end) for m in doc.mentions)

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    found: list[tuple[int, int, list[tuple[int, int]]]] = []
    # 选举 + 王某 + (同志) + 为 + 国会主席、…
    for v in verbs:
        for k in find_all(text, v):
            i = k + len(v)
            m = people.get(i)
            end = m.end if m is not None else read_name_after(text, i, rules, set())
            if end is None or (m is None and not (surname_led(text[i:end], rules) and free(i, end))):
                continue
            j = end
            j += next((len(w) for w in rules.address_forms if text.startswith(w, j)), 0)
            joiner = next((w for w in rules.appoint_joiners if text.startswith(w, j)), None)
            if joiner is None:
                continue
            posts = _posts_at(text, j + len(joiner), kb, rules)
            if posts:
                found.append((i, end, posts))
    # 选举 + 越共中央政治局委员、河内市委书记 + 王某 + 同志 + 为 + …: a person the page names with his
    # posts, the verb earlier in the same clause
    forms = tuple(rules.address_forms)  # (one test for all: most names have no address form after them)
    for m in people.values():
        j = m.end + (next((len(w) for w in rules.address_forms if text.startswith(w, m.end)), 0)
                     if text.startswith(forms, m.end) else 0)
        joiner = next((w for w in rules.appoint_joiners if text.startswith(w, j)), None) \
            if text.startswith(rules.appoint_joiners, j) else None
        if joiner is None or any(s == m.start for s, _, _ in found):
            continue
        clause = max(text.rfind(c, 0, m.start) for c in _CLAUSE_ENDS) + 1
        if any(v in text[clause:m.start] for v in verbs):
            posts = _posts_at(text, j + len(joiner), kb, rules)
            if posts:
                found.append((m.start, m.end, posts))
    # 。阮某 + 担任 + 越南驻美国大使: an unknown subject that punctuation opens
    mention_ends = {e for _, e in taken}
    for v in office:
        for k in find_all(text, v):
            if k in mention_ends:
                continue  # a known name before the verb: its posts are read with it already
            if not any(s == 0 or text[s - 1] in DELIMS for s in (k - 3, k - 2, k - 4) if s >= 0):
                continue  # no name of two to four characters that punctuation opens can end here
            s = read_name_before(text, k, rules, max(0, k - 4))
            if s is None or not (s == 0 or text[s - 1] in DELIMS) or not free(s, k):
                continue
            posts = _posts_at(text, k + len(v), kb, rules)
            if posts:
                found.append((s, k, posts))
    if not found:
        return
    by_id = {e.id: e for e in doc.entities}
    added: list[Mention] = []
    roles: list[Role] = []
    for s, e, posts in found:
        m = people.get(s)
        if m is not None and m.end == e:
            person = by_id[m.entity_id]
        else:
            name = text[s:e]
            key = _rule_id("PERSON", name)
            person = by_id.get(key) or Entity(id=key, type="PERSON", name=name)
            if key not in by_id:
                by_id[key] = person
                doc.entities.append(person)
            if name not in person.mentions:
                person.mentions.append(name)
            added.append(Mention(s, e, name, "PERSON", entity_id=key))
            taken.append((s, e))
        for a, b in posts:
            roles.append(Role(person_id=person.id, person=person.name, title=text[a:b], as_of=None, start=a,
                              end=b, country=person.country))
    if added:
        doc.mentions = sorted(doc.mentions + added, key=lambda m: (m.start, -m.end))
    doc.roles = dedupe_roles(doc.roles + roles, kb)
