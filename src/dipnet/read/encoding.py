"""Decode the bytes of a page: UTF-8 (with or without BOM), UTF-16 (with or without BOM),
GB18030/GBK, Big5; and read a file's bytes without ever holding more than one page may be."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from charset_normalizer import from_bytes

from dipnet.errors import InputError

MAX_BYTES = 20 * 1024 * 1024  # a news page is kilobytes; anything this big is not one page

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# candidates beyond UTF-8, most specific first: Big5 text usually fails GB18030's checks less
# often than the reverse, so the choice between them is by how much of the result is common CJK
_LEGACY = ("gb18030", "big5")


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


def _plausible_share(text: str) -> float:
    """How much of `text` is what a Chinese page is made of: CJK, its punctuation and full-width
    forms, printable ASCII, line ends. Bytes that are not UTF-16 read as UTF-16 land all over the
    16-bit range (Hangul, Yi, private use, controls) and score far lower."""
    if not text:
        return 0.0
    ok = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f"
             or "\uff00" <= ch <= "\uffef" or " " <= ch <= "~" or ch in "\n\r\t\u00b7\u2014\u2026\u201c\u201d")
    return ok / len(text)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 with no byte-order mark (as some Windows tools save): the byte order under which the
    text reads as a page, if one does; else None."""
    if len(data) % 2 or len(data) < 4:
        return None
    best: tuple[float, str, str] | None = None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        share = _plausible_share(text[:4096])
        if share >= 0.9 and (best is None or share > best[0]):
            best = (share, text, enc)
    return None if best is None else (best[1], best[2])


def _cjk_share(text: str) -> float:
    if not text:
        return 0.0
    common = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    odd = sum(1 for ch in text if "\ue000" <= ch <= "\uf8ff" or ch == "\ufffd")
    return (common - 5 * odd) / len(text)


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Return (text, encoding) or raise InputError naming the input and why."""
    if not data.strip():
        raise InputError(source, "empty input")
    if len(data) > MAX_BYTES:
        raise InputError(source, f"input of {len(data)} bytes exceeds the {MAX_BYTES}-byte limit")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise InputError(source, f"not valid {enc} despite its byte-order mark") from exc
    try:
        text: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    # valid UTF-8 is text whatever characters it holds (control characters too); only a NUL, which
    # no text file has but UTF-16 without a byte-order mark and binaries do, sends it to the check
    if text is not None and "\x00" not in text:
        return text, "utf-8"
    utf16 = _utf16_without_bom(data)
    # UTF-16 that is also valid UTF-8 holds code units below 0x80 only: a NUL in every other byte,
    # not one here and there ('000\x00' is no '〰0')
    if utf16 is not None and (text is None or data.count(0) * 5 >= len(data) * 2):
        return utf16
    if _looks_binary(data):
        raise InputError(source, "binary data, not text")
    if text is not None:
        return text, "utf-8"
    decoded = []
    for enc in _LEGACY:
        try:
            decoded.append((_cjk_share(data.decode(enc)), enc))
        except UnicodeDecodeError:
            continue
    if decoded:
        _, enc = max(decoded)
        return data.decode(enc), enc
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(source, "undecodable: not UTF-8, UTF-16, GB18030 or Big5")
    return str(best), best.encoding


def read_bounded(path: Path, source: str) -> bytes:
    """The bytes of the file at `path`, refused before reading when it is larger than a page may be
    (its size is known from the file system), and never more than MAX_BYTES + 1 read when it is not
    (a file that grows, or one whose size the system does not report)."""
    with path.open("rb") as f:
        st = os.fstat(f.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise InputError(source, "not a regular file: not read")
        if st.st_size > MAX_BYTES:
            raise InputError(source, f"input of {st.st_size} bytes exceeds the {MAX_BYTES}-byte limit: not read")
        data = f.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(source, f"input of more than {MAX_BYTES} bytes exceeds the {MAX_BYTES}-byte limit: not read")
    return data
