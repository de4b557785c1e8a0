"""A photo credit written in Latin letters after its label names its photographers and agencies (SPEC: photo
credits name entities): 图片来源: picture-alliance/dpa, Foto: RIA-Novosti, Alexei Druzhinin, Government Press
Service/AP/dapd, © AP Photo / Andy Wong, Credit: Huang Jingwen/AP/AAPImage, (图片来源:dantri.vn). The slashes
and commas part the pieces; a piece of two or three capitalised words, none a body's word, is a person; one
with a body's word (Press Service), a single word (dapd, picture-alliance) or a site's address is an agency,
an ORG. A piece the gazetteer read already (AP, dpa, Getty Images) stays that name; a bare credit word
(Photo, Images) names no one. The words are names.toml's (latin_credit_labels, latin_credit_body_words,
latin_credit_plain_words)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from dipnet import rx
from dipnet.recognize.lexicon import read_word

# the run after a label: Latin letters, digits, spaces and the marks a credit's pieces hold or are parted by
_RUN = re.compile(r"[A-Za-z][A-Za-z0-9 .,/\-'&:]*")
_PARTS = re.compile(r"\s*(?:(?<![:/])/(?!/)|[,;]|\bvia\b)\s*")  # (not the slashes of a site's http://)
_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
# a site's address (dantri.vn, http://baoquocte.vn): the site, named by it
_SITE = re.compile(r"(?:https?://)?(?:www\.)?((?:[a-z0-9\-]+\.)+[a-z]{2,6})/?")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9]")


def _alternation(key: str) -> str:
    """The words of a names.toml list as one alternation (none: a pattern that matches nothing)."""
    return "|".join(map(re.escape, tuple(read_word(key)))) or "(?!)"


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], frozenset[str], tuple[str, ...]]:
    labels = _alternation("latin_credit_labels")
    # (en5) a wire agency's own credit opens like a label: the agency, then a slash (REUTERS/某某)
    wires = _alternation("latin_wire_agencies")
    # (rx: a wire's branch opens with a look-behind, and re's own program would enter the pattern at every
    # character of the page; rx skips to the characters a label or a wire can start with)
    label = rx.compile(rf"(?:{labels})[ \u3000]*[:：/]?[ \u3000]*|(?<![A-Za-z])(?:{wires})/(?=[A-Z])")
    return label, frozenset(read_word("latin_credit_body_words")), tuple(read_word("latin_credit_plain_words"))


def _kind(piece: str, body_words: frozenset[str], plain: tuple[str, ...]) -> str | None:
    words = piece.split()
    if not words or all(w in plain for w in words):
        return None
    if any(w in body_words for w in words):
        return "ORG"
    if 2 <= len(words) <= 3 and all(_WORD.fullmatch(w) for w in words):
        return "PERSON"
    if len(words) == 1 and _TOKEN.fullmatch(words[0]):
        return "ORG"
    return None


@lru_cache(maxsize=1)
def _closed_by_wire() -> re.Pattern[str]:
    """A photographer's name of two or three capitalised words, on its own after a caption, then a slash and a
    wire agency (某国总统某某 John Smith/AFP): the agency's credit, no label before it."""
    wires = _alternation("latin_wire_agencies")
    return rx.compile(rf"(?<![A-Za-z0-9/.,\-'&] )(?<![A-Za-z0-9/.,\-'&])"  # (rx: skips to the capitals)
                      rf"([A-Z][a-z]+(?:[ \-][A-Z][a-z]+){{1,2}})[ ]?/[ ]?(?:{wires})(?![A-Za-z])")


def _pool_cut(piece: str, plain: tuple[str, ...]) -> str:
    """A photographer's name with a credit word joined by a hyphen (Jane Doe-Pool): the name."""
    head, _, tail = piece.rpartition("-")
    return head if head and " " in head and tail in plain else piece


def latin_credits(text: str, taken: Iterable[tuple[int, int]] | None = None) -> list[tuple[int, int, str]]:
    """Spans and types of the photographers and agencies Latin photo credits name; `taken`: the names read
    already, which a piece names apart from its other words (Foto: Stephanie Pilick dpa: the person, then dpa)."""
    if "©" not in text and not rx.compile("[A-Za-z]{3}").search(text):  # (rx: skips to a letter, where re enters the repeat at each character)
        return []
    label, body_words, plain = _words()
    out: dict[tuple[int, int], str] = {}
    ends: dict[int, list[int]] | None = None  # the names read already, by their ends (gathered at the first piece)
    for m in label.finditer(text):
        run = _RUN.match(text, m.end())
        if run is None or text[max(0, m.start() - 10):m.start()].rstrip().endswith("Copyright"):
            continue
        pos = run.start()
        for part in _PARTS.split(run.group()):
            s = text.find(part, pos) if part else -1
            if s < 0:
                continue
            pos = s + len(part)
            piece = part.strip(" .:-'&")
            if not piece or piece[0].isdigit():
                continue
            s = text.find(piece, s)
            # a name read already at the piece's end is its own (Stephanie Pilick + dpa)
            if ends is None:
                ends = {}
                for a, b in taken or ():
                    ends.setdefault(b, []).append(a)
            known = [a for a in ends.get(s + len(piece), ()) if s < a and text[a - 1] == " "]
            if known:
                piece = text[s:known[0]].rstrip()
            site = _SITE.fullmatch(piece)
            if site is not None:
                out.setdefault((s + site.start(1), s + site.end(1)), "ORG")
                continue
            # a credit word glued to an agency's short name (AAPImage): the agency
            glued = next((w for w in plain if piece.endswith(w) and len(piece) > len(w) + 1 and piece[-len(w) - 1].isupper()), None)
            if glued and " " not in piece:
                piece = piece[:-len(glued)]
            piece = _pool_cut(piece, plain)
            kind = _kind(piece, body_words, plain)
            if kind is not None:
                out.setdefault((s, s + len(piece)), kind)
    for m in _closed_by_wire().finditer(text) if "/" in text else ():  # (no slash: no wire's credit)
        if _kind(m.group(1), body_words, plain) == "PERSON":
            out.setdefault((m.start(1), m.end(1)), "PERSON")
    return [(s, e, k) for (s, e), k in out.items()]
