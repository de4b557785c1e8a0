"""Decode the bytes of a page: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK, Big5."""

from __future__ import annotations

import codecs

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
