"""People named bare in a list beside a person the page already names (段某、洪某、顾立雄等立委,
阮某、陈某和武某): the items of one list are of one kind, so the surname-led names of two to four
characters that 、 joins to a person are people too, though no title stands next to them."""

from __future__ import annotations

from dipnet.model import Document, Mention
from dipnet.recognize.dotted import is_han
from dipnet.recognize.lexicon import NameRules, name_rules, read_word
from dipnet.recognize.link import rule_mention
from dipnet.recognize.namereads import surname_led

# the mark that joins the items of a list; the words that close one (names.toml: list_closers, 和 and
# 及 before the last item)
_JOIN = "、"
# (en33) the measure words of people and things counted right after a list of names (阮某、武氏某 + 两所 + 学校,
# + 两位 + 代表): a count there closes the last name (names.toml list_count_measures)
_MEASURES = str(read_word("list_count_measures"))


def _item_after(text: str, i: int, rules: NameRules) -> int | None:
    """End of a bare name starting at text[i]: two to four Han characters that open with a surname
    and run to the next list mark, punctuation or stop word (林某 + 等, 陈某 + 和)."""
    j = i
    while j < len(text) and j - i < 5 and is_han(text[j]) and text[j] not in rules.not_in_name and \
            (j == i or not rules.stop_at(text, j)) and not (j - i >= 2 and text[j] in rules.count_chars
                                                             and text[j + 1:j + 2] in tuple(_MEASURES)):
        j += 1
    size = j - i
    name = text[i:j]
    if not 2 <= size <= 4 or not surname_led(name, rules) or rules.stop_at(text, i):
        return None
    # four characters only with a two-character surname (张廖 + 万坚, 阮氏 + 金银)
    if size == 4 and rules.compound_surnames.at(name, 0) is None:
        return None
    if rules.ends_in_org_suffix(name) or name in rules.subject_non_names:
        return None
    return j


def _item_before(text: str, e: int, rules: NameRules) -> int | None:
    """Start of a bare name ending at text[e] (before a list mark): the shortest start that a list
    mark, punctuation or stop word opens and whose name reads to `e`."""
    for size in (2, 3, 4):
        s = e - size
        if s < 0:
            break
        if (s == 0 or not is_han(text[s - 1]) or text[s - 1] == _JOIN or rules.stop_at_end(text, s)) and \
                _item_after(text, s, rules) == e:
            return s
    return None


def add_listed_people(doc: Document) -> None:
    """Adds the bare names a list joins to a person mention, on both sides, item by item; a list
    stops at an item that is no such name or that another mention covers (a country, a body)."""
    text = doc.text
    if _JOIN not in text:
        return
    rules = name_rules()
    people = [m for m in doc.mentions if m.type == "PERSON"]
    if not people:
        return
    spans = {(m.start, m.end) for m in doc.mentions}
    covered = sorted([(m.start, m.end) for m in doc.mentions])
    person_at = {m.start: m for m in people} | {m.end: m for m in people}

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in covered)

    found: list[tuple[int, int]] = []
    for m in people:
        # rightwards: 、 + item, while items read
        pos = m.end
        while pos < len(text) and text[pos] == _JOIN:
            nxt = person_at.get(pos + 1)
            if nxt is not None and nxt.start == pos + 1:
                pos = nxt.end
                continue
            end = _item_after(text, pos + 1, rules)
            if end is None or not free(pos + 1, end):
                break
            found.append((pos + 1, end))
            pos = end
        # the last item after a closing word (阮某、陈某和武某)
        closer = next((w for w in rules.list_closers if text.startswith(w, pos)), None) \
            if text.startswith(rules.list_closers, pos) else None
        if closer and pos > m.end and person_at.get(pos + len(closer)) is None:
            end = _item_after(text, pos + len(closer), rules)
            if end is not None and free(pos + len(closer), end):
                found.append((pos + len(closer), end))
        # leftwards: item + 、
        pos = m.start
        while pos > 0 and text[pos - 1] == _JOIN:
            prev = person_at.get(pos - 1)
            if prev is not None and prev.end == pos - 1:
                pos = prev.start
                continue
            start = _item_before(text, pos - 1, rules)
            if start is None or not free(start, pos - 1):
                break
            found.append((start, pos - 1))
            pos = start
    added: list[Mention] = []
    by_id = {e.id: e for e in doc.entities}
    for s, e in sorted(set(found)):
        if (s, e) in spans:
            continue
        name = text[s:e]
        added.append(rule_mention(doc, by_id, s, e, name, "PERSON"))
    if added:
        doc.mentions = sorted(doc.mentions + added, key=lambda m: (m.start, -m.end))
