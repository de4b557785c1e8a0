"""Folding a name as a user types it onto one key, whatever the script, case or diacritics: the
knowledge base's lookups compare these keys, so 蘇林 finds 苏林, "pham minh chinh" finds
Phạm Minh Chính and "VIETNAM" finds Việt Nam.

fold: NFKC (full-width letters, compatibility forms), Traditional -> Simplified (OpenCC t2s, the
converter normalize.py uses for pages), case folded, diacritics dropped (NFD, then every combining
mark removed; đ/Đ, which is a letter of its own and not d plus a mark, becomes d), and everything
that is not a letter or digit removed (spaces, hyphens, dots: "Viet Nam", "Việt-Nam" and "Vietnam"
are one key)."""

from __future__ import annotations

import functools
import unicodedata
from typing import Any

# letters that carry no decomposable mark but are written without it in plain ASCII
_LETTERS = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O"})


@functools.lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def strip_marks(text: str) -> str:
    """`text` without diacritics, case kept: Phạm Minh Chính -> Pham Minh Chinh, Đà Nẵng -> Da Nang."""
    decomposed = unicodedata.normalize("NFD", text.translate(_LETTERS))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The key a name is looked up by (see the module's docstring)."""
    s = _t2s().convert(unicodedata.normalize("NFKC", text or ""))
    s = strip_marks(s).casefold()
    return "".join(c for c in s if c.isalnum())


def display_names(extra: dict[str, Any], country: str | None) -> dict[str, str]:
    """An entry's English and Vietnamese names (name_en, name_vi) where the knowledge base has them.

    A Vietnamese name with diacritics is the Vietnamese form; English writes Vietnamese people and
    places without the marks (Pham Minh Chinh, Ha Noi), so that is the English name where none is
    given. Places list their local name as en_name: for a Vietnamese place it is the Vietnamese form."""
    en, vi = str(extra.get("en_name") or ""), str(extra.get("vi_name") or "")
    if country == "VN" and en and not vi and not en.isascii():
        vi, en = en, ""
    if vi and not en and country == "VN":
        en = strip_marks(vi)
    return {k: v for k, v in (("name_en", en), ("name_vi", vi)) if v}
