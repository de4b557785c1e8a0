"""What recognition matches against: the language rules of data/names.toml (the knowledge base's
names and titles as automata are in gazetteer.py). Built once per process."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import Any

from dipnet.datakeys import required


class Words:
    """A word list looked up at a position in a text, longest word first; indexed by first and last
    character because recognition asks "which word starts (or ends) here" at nearly every character."""

    __slots__ = ("words", "_by_first", "_by_last", "firsts")

    def __init__(self, words: list[str] | tuple[str, ...]) -> None:
        self.words = _longest_first([w for w in words if w])
        self._by_first: dict[str, tuple[str, ...]] = {}
        self._by_last: dict[str, tuple[str, ...]] = {}
        for w in self.words:
            self._by_first[w[0]] = self._by_first.get(w[0], ()) + (w,)
            self._by_last[w[-1]] = self._by_last.get(w[-1], ()) + (w,)
        # the characters a word opens with: a caller scanning every character tests this set inline
        # and calls `at` only where some word can start
        self.firsts = frozenset(self._by_first)

    def __iter__(self) -> Iterator[str]:
        return iter(self.words)

    def at(self, text: str, i: int, min_len: int = 1, min_end: int = 0) -> str | None:
        """The longest word starting at text[i], if any (of at least `min_len` characters, reaching
        at least to `min_end`)."""
        try:  # (past the text's end no word starts: the index says so, no len() asked per call)
            words = self._by_first.get(text[i])
        except IndexError:
            return None
        if words is None or not text.startswith(words, i):  # most characters open no word: one dict
            return None  # lookup, or one call over the words that open with it
        # the words run longest first, so the first that matches is the longest here: if it is too
        # short for the limits, so is every other word that matches
        for w in words:
            if text.startswith(w, i):
                return w if len(w) >= min_len and i + len(w) >= min_end else None
        return None

    def ends_at(self, text: str, i: int) -> bool:
        """Some word ends right before text[i]."""
        return i > 0 and text.endswith(self._by_last.get(text[i - 1], ()), 0, i)  # (a tuple: one call for all)

    def longest_ending(self, text: str, i: int) -> int:
        """The length of the longest word that ends right before text[i] (0 if none)."""
        ws = self._by_last.get(text[i - 1], ()) if i > 0 else ()
        return max((len(w) for w in ws if text.endswith(w, 0, i)), default=0) if text.endswith(ws, 0, i) else 0


@dataclass(frozen=True)
class NameRules:
    surnames: frozenset[str]
    compound_surnames: Words
    stops: Words
    not_in_name: frozenset[str]
    org_suffixes: Words
    org_openers: tuple[str, ...]
    place_suffixes: Words
    place_non_openers: frozenset[str]
    compound_context: Words
    single_suffixes: Words
    single_prefixes: Words
    weak_titles: frozenset[str]
    side_excluded: frozenset[str]
    title_joiners: tuple[str, ...]
    title_openers: tuple[str, ...]
    acting_before_post: tuple[str, ...]
    after_name_titles: frozenset[str]
    name_preceders: tuple[str, ...]
    photo_markers: tuple[str, ...]
    office_verbs: tuple[str, ...]
    transliteration: frozenset[str]
    false_suffixes: tuple[str, ...]
    address_forms: frozenset[str]
    sector_words: tuple[tuple[str, str], ...]  # (word, sector), longest word first
    # common words holding a country's one-character form (建立, 同意, 坦率): no short form inside them
    short_form_words: tuple[str, ...] = ()
    # suffixes that make a building or seat (政府总部), typed LOCATION; labels of credit lines (编辑:)
    place_like_org_suffixes: tuple[str, ...] = ()
    credit_labels: tuple[str, ...] = ()
    credit_bar_labels: tuple[str, ...] = ()
    # the words of a reporter's credit (记者, 摄影), of a credit's list of names (编辑, 责编), and those a
    # desk's bracketed credit ends with (报道), in the data's order (regex alternations)
    credit_words: tuple[str, ...] = ()
    credit_list_words: tuple[str, ...] = ()
    desk_report_words: tuple[str, ...] = ()
    credit_close_words: tuple[str, ...] = ()
    photo_labels: tuple[str, ...] = ()
    # the words of a credit whose named people hold them as roles (记者 黄某 摄, 编辑:唐某), longest first
    credit_role_words: tuple[str, ...] = ()
    # the words the name readers of namereads.py ask for (the ends of places and bodies, the words
    # after a visitor's name, forms of address, conjunctions, regnal numbers), by key
    name_read_words: tuple[tuple[str, str | tuple[str, ...]], ...] = ()
    # the words the suffix reader of suffixed.py asks for (使馆, 能源, 家个所, 驻, 届 …), by key
    suffix_read_words: tuple[tuple[str, str | tuple[str, ...]], ...] = ()
    # the words of a source credit (图片来源, 供图, 社 … 日电, 专讯), by key
    credit_source_words: tuple[tuple[str, str | tuple[str, ...]], ...] = ()
    # words a one-character stop opens (中央, 所属): a name never starts inside one
    stop_led_words: frozenset[str] = frozenset()
    # words after a country or place that make a kind of body, not one body's name (美国 + 大型 + 集团)
    generic_body_words: tuple[str, ...] = ()
    # a locality's body named by its bare word (人民议会): no body of its own at a post's head
    bare_local_bodies: frozenset[str] = frozenset()
    # verbs of appointment whose object takes the post after a joining word (选举王某 + 为 + 国会主席)
    appoint_verbs: tuple[str, ...] = ()
    appoint_joiners: tuple[str, ...] = ()
    # the words that close a list before its last item (阮某、陈某 + 和 + 武某)
    list_closers: tuple[str, ...] = ()
    joint_body_suffixes: Words | None = None
    # characters that count the provinces or cities after them (边境四省): no place's name ends with one
    count_chars: frozenset[str] = frozenset()
    # the words that end a place's name read by rule (省, 市, 县; 礁, 岛, 湾 …), longest first
    place_rule_suffixes: tuple[str, ...] = ("省", "市", "县")
    # suffixes that make a body of a place or country with nothing between (柏林警方, 越南海军)
    whole_after_place: frozenset[str] = frozenset({"警方", "人大"})
    # the words for a body's premises after its bare word (国防部 + 办事处: a seat, not a body)
    seat_words: tuple[str, ...] = ()
    # the words for a spouse, after a person's name and before the spouse's (习近平夫人 + 彭丽媛)
    spouse_words: frozenset[str] = frozenset()
    # the kin words stated of the person right before them (某某遗孀 + 某某, 某某的妻子 + 某某)
    kin_words: frozenset[str] = frozenset()
    # the posts of a foreign envoy to China, after which a Chinese name of any first character stands
    host_envoy_posts: frozenset[str] = frozenset()
    stop_surname_verbs: tuple[str, ...] = ()
    stop_surname_given_breakers: frozenset[str] = frozenset()
    # the words that end a group's name read with no opener (三星集团), and words of groups in general
    company_words: tuple[str, ...] = ()
    company_non_names: tuple[str, ...] = ()
    # suffixes that make a body of a city (not of a country) with nothing between (河内大学)
    whole_after_city: frozenset[str] = frozenset()
    # verbs of speech after which a sentence's subject name stands alone (。何炜表示)
    subject_verbs: tuple[str, ...] = ()
    # the words of institutions named after a person (胡志明 + 国家政治学院)
    namesake_suffixes: Words | None = None
    # verbs of meeting or message a person's name follows (致电拜登, 会见普京)
    object_verbs: tuple[str, ...] = ()
    partner_openers: tuple[str, ...] = ()
    partner_verbs: tuple[str, ...] = ()
    partner_places: tuple[str, ...] = ()
    object_fillers: tuple[str, ...] = ()
    person_kind_words: tuple[str, ...] = ()
    # nouns that open a sentence before such a verb with a surname's character (文章指出, 高层强调)
    subject_non_names: frozenset[str] = frozenset()
    # words for ships, next to which a name in 号 is a ship's (航母卡尔文森号)
    ship_words: Words | None = None
    # the words that end a periodical's name (《人民报》)
    media_suffixes: tuple[str, ...] = ()
    body_end_chars: str = ""
    local_levels: tuple[str, ...] = ()
    page_wide_bodies: tuple[str, ...] = ()
    name_blocking_words: tuple[str, ...] = ()
    given_name_finals: str = ""
    branch_words: tuple[str, ...] = ()
    institution_words: tuple[str, ...] = ()
    outlet_words: tuple[str, ...] = ()
    side_plain_words: Words | None = None

    @cached_property
    def stop_at(self) -> Callable[[str, int], str | None]:  # (text, i): the stop word at text[i]: the stops' `at`
        return self.stops.at  # (bound once: asked at nearly every character, one call where two were made)

    def in_plain_word(self, text: str, i: int, lo: int) -> bool:
        """text[i] is inside a plain word of `false_suffixes` (干部, 市场) that starts at or after `lo`."""
        if 0 <= i < len(text) and text[i] not in self._plain_chars:  # (no plain word holds it: no window read)
            return False
        for size, words in self._plain_words.items():
            for start in range(max(lo, i - size + 1), i + 1):
                if text[start:start + size] in words:
                    return True
        return False

    def ends_in_org_suffix(self, name: str) -> bool:
        """`name` ends in an organization's suffix of two characters or more (asked of every name read:
        one lookup by its last character, one str.endswith over the few suffixes ending in it)."""
        return bool(name) and name.endswith(self._org_suffixes_by_last.get(name[-1], ()))

    @cached_property
    def _org_suffixes_by_last(self) -> dict[str, tuple[str, ...]]:
        """The suffixes of two characters or more by their last character."""
        words = sorted(w for _, ws in self._org_suffixes_by_size for w in ws)
        return {c: tuple(w for w in words if w[-1] == c) for c in {w[-1] for w in words}}

    @cached_property
    def title_openers_by_last(self) -> dict[str, tuple[str, ...]]:
        """`title_openers` by their last character, each in the list's order: a title extended
        leftwards asks for the opener ending at each step, which is one lookup, not a test per opener."""
        out: dict[str, tuple[str, ...]] = {}
        for w in self.title_openers:
            out[w[-1]] = out.get(w[-1], ()) + (w,)
        return out

    @cached_property
    def office_verbs_by_first(self) -> dict[str, tuple[str, ...]]:
        """`office_verbs` by their first character, each in the list's order (asked after every name)."""
        out: dict[str, tuple[str, ...]] = {}
        for w in self.office_verbs:
            out[w[0]] = out.get(w[0], ()) + (w,)
        return out

    @cached_property
    def _org_suffixes_by_size(self) -> tuple[tuple[int, frozenset[str]], ...]:
        by_size: dict[int, set[str]] = {}
        for w in self.org_suffixes:
            if len(w) >= 2:
                by_size.setdefault(len(w), set()).add(w)
        return tuple((n, frozenset(ws)) for n, ws in sorted(by_size.items()))

    @cached_property
    def false_suffixes_by_size(self) -> tuple[tuple[int, frozenset[str]], ...]:
        """`false_suffixes` by length: a word starting or ending at a place is one set lookup per
        length, not a test per word (places asks at every place word of a page)."""
        return _by_size(self.false_suffixes)

    @cached_property
    def place_non_openers_by_size(self) -> tuple[tuple[int, frozenset[str]], ...]:
        return _by_size(self.place_non_openers)

    @cached_property
    def longer_place_suffixes(self) -> dict[str, tuple[str, ...]]:
        """For each place word, the longer place words that end in it (群岛 over 岛)."""
        return {suf: tuple(x for x in self.place_rule_suffixes if x != suf and x.endswith(suf))
                for suf in self.place_rule_suffixes}

    @cached_property
    def _plain_chars(self) -> frozenset[str]:  # every character of the plain words
        return frozenset("".join(self.false_suffixes))

    @cached_property
    def _plain_words(self) -> dict[int, frozenset[str]]:
        by_size: dict[int, set[str]] = {}
        for f in self.false_suffixes:
            by_size.setdefault(len(f), set()).add(f)
        return {n: frozenset(ws) for n, ws in sorted(by_size.items())}

    def stop_at_end(self, text: str, i: int) -> bool:
        """A stop word ends right before text[i] (so a name may start at i), unless the stop is one
        character that opens a word with text[i] (中 + 央: 中央 is no stop and a name)."""
        if not self.stops.ends_at(text, i):
            return False
        return not (text[i - 1:i + 1] in self.stop_led_words and self.stops.longest_ending(text, i) == 1)


def _by_size(words: tuple[str, ...] | frozenset[str]) -> tuple[tuple[int, frozenset[str]], ...]:
    by_size: dict[int, set[str]] = {}
    for w in words:
        by_size.setdefault(len(w), set()).add(w)
    return tuple((n, frozenset(ws)) for n, ws in sorted(by_size.items()))


def _barred(labels: list[str], bars: list[str]) -> tuple[str, ...]:
    """The words of the credit labels with a colon before each bar a credit may use instead (记者丨,
    编辑|)."""
    words = [w[:-1] for w in labels if w.endswith(":")]
    return tuple(w + b for b in bars for w in words)


def _longest_first(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def names_data() -> dict[str, Any]:
    """data/names.toml as parsed, once for every reader (a second parse costs ~60 ms)."""
    return tomllib.loads(resources.files("dipnet.recognize.data").joinpath("names.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def name_rules() -> NameRules:
    data = names_data()
    return NameRules(
        surnames=frozenset(data["vietnamese_surnames"]) | frozenset(data["chinese_surnames"])
        | frozenset(data["korean_surnames"]),
        compound_surnames=Words(data["compound_surnames"] + data["japanese_surnames"]),
        stops=Words(data["name_stops"]),
        not_in_name=frozenset(data["not_in_name"]),
        org_suffixes=Words(data["org_suffixes"]),
        org_openers=_longest_first(data["org_openers"]),
        place_suffixes=Words(data["place_suffixes"]),
        place_non_openers=frozenset(data["place_non_openers"]),
        compound_context=Words(data["compound_context"]),
        single_suffixes=Words(data["single_suffixes"]),
        side_plain_words=Words(data.get("side_plain_words", [])),
        single_prefixes=Words(data["single_prefixes"]),
        weak_titles=frozenset(data["weak_titles"]),
        side_excluded=frozenset(data["side_excluded"]),
        short_form_words=tuple(data.get("short_form_words", [])),
        count_chars=frozenset(data.get("count_chars", "")),
        place_rule_suffixes=_longest_first(data.get("place_rule_suffixes", ["省", "市", "县"])),
        media_suffixes=_longest_first(data.get("media_suffixes", [])),
        body_end_chars=data.get("body_end_chars", ""),
        local_levels=tuple(data.get("local_levels", [])),
        page_wide_bodies=tuple(data.get("page_wide_bodies", [])),
        name_blocking_words=tuple(data.get("name_blocking_words", [])),
        given_name_finals=data.get("given_name_finals", ""),
        branch_words=tuple(data.get("branch_words", [])),
        institution_words=tuple(data.get("institution_words", [])),
        outlet_words=_longest_first(data.get("outlet_words", [])),
        ship_words=Words(data.get("ship_words", [])),
        subject_verbs=tuple(data.get("subject_verbs", [])),
        subject_non_names=frozenset(data.get("subject_non_names", [])),
        object_verbs=tuple(data.get("object_verbs", [])),
        partner_openers=tuple(data.get("partner_openers", [])),
        partner_verbs=tuple(data.get("partner_verbs", [])),
        partner_places=tuple(data.get("partner_places", [])),
        object_fillers=tuple(data.get("object_fillers", [])),
        person_kind_words=tuple(data.get("person_kind_words", [])),
        namesake_suffixes=Words(data.get("namesake_suffixes", [])),
        whole_after_place=frozenset(data.get("whole_after_place", ["警方", "人大"])),
        whole_after_city=frozenset(data.get("whole_after_city", [])),
        company_words=tuple(data.get("company_words", [])),
        spouse_words=frozenset(data.get("spouse_words", [])),
        kin_words=frozenset(data.get("kin_words", [])),
        host_envoy_posts=frozenset(data.get("host_envoy_posts", [])),
        stop_surname_verbs=tuple(data.get("stop_surname_verbs", [])),
        stop_surname_given_breakers=frozenset(data.get("stop_surname_given_breakers", "")),
        seat_words=tuple(data.get("seat_words", [])),
        company_non_names=tuple(data.get("company_non_names", [])),
        place_like_org_suffixes=tuple(data.get("place_like_org_suffixes", [])),
        credit_labels=tuple(data.get("credit_labels", [])),
        credit_bar_labels=_barred(data.get("credit_labels", []), data.get("credit_bars", [])),
        credit_words=tuple(data.get("credit_words", [])),
        credit_list_words=tuple(data.get("credit_list_words", [])),
        desk_report_words=tuple(data.get("desk_report_words", [])),
        credit_close_words=tuple(data.get("credit_close_words", [])),
        photo_labels=tuple(data.get("photo_labels", [])),
        credit_role_words=_longest_first(data.get("credit_role_words", [])),
        name_read_words=tuple((k, v if isinstance(v, str) else tuple(v))
                              for k, v in data.get("name_read_words", {}).items()),
        credit_source_words=tuple((k, v if isinstance(v, str) else tuple(v))
                                  for k, v in data.get("credit_source_words", {}).items()),
        suffix_read_words=tuple((k, v if isinstance(v, str) else tuple(v))
                                for k, v in data.get("suffix_read_words", {}).items()),
        stop_led_words=frozenset(data.get("stop_led_words", [])),
        list_closers=tuple(data.get("list_closers", [])),
        appoint_verbs=_longest_first(data.get("appoint_verbs", [])),
        appoint_joiners=tuple(data.get("appoint_joiners", [])),
        bare_local_bodies=frozenset(data.get("bare_local_bodies", [])),
        generic_body_words=tuple(data.get("generic_body_words", [])),
        joint_body_suffixes=Words(data.get("joint_body_suffixes", [])),
        title_joiners=tuple(data["title_joiners"]),
        title_openers=tuple(data["title_openers"]),
        acting_before_post=_longest_first(data.get("acting_before_post", [])),
        after_name_titles=frozenset(data["after_name_titles"]),
        name_preceders=_longest_first(data["name_preceders"]),
        photo_markers=tuple(data["photo_markers"]),
        office_verbs=_longest_first(data["office_verbs"]),
        transliteration=frozenset(data["transliteration"]),
        false_suffixes=tuple(data["false_suffixes"]),
        address_forms=frozenset(data["address_forms"]),
        sector_words=tuple(sorted(((w, sec) for sec, words in data["sector_words"].items() for w in words),
                                  key=lambda x: -len(x[0]))),
    )


@cache
def read_word(key: str) -> str | tuple[str, ...]:
    """One entry of names.toml's [name_read_words]: a word, a pattern or a list of words (a tuple); a key the
    file lacks raises DataKeyError, not an empty default that would read nothing."""
    return required(dict(name_rules().name_read_words), key, "recognize/data/names.toml [name_read_words]")

