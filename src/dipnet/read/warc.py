"""WARC files: every HTML response record is a page; its WARC-Date is the day it was fetched.

A crawl is read record by record: a record whose payload cannot be read, or that the file cuts
short, is an error naming the file, the record and its URL, and the file goes on; a record whose
headers cannot be parsed ends the file (warcio cannot find the next record after it), with an error
naming the file and how far it got.

What is read is bounded, so a crafted file costs memory and time in proportion to its own size,
not to what it claims to hold: a header line is at most LINE_LIMIT bytes (warcio reads a line to
its newline, however far: a gzip of zeros grew it to 24 GB), a record decompresses to at most
RECORD_LIMIT bytes, a payload is read to at most one page's size, and messages quote excerpts."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import ChunkedDataException, DecompressingBufferedReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from dipnet.errors import InputError
from dipnet.model import Page
from dipnet.read import encoding
from dipnet.read.encoding import decode_bytes
from dipnet.read.fetched import fetched_day
from dipnet.read.html import metadata_date, page_from_html
from dipnet.read.names import excerpt, shown, shown_name
from dipnet.read.sniff import HEAD, binary_format

LINE_LIMIT = 64 * 1024  # a WARC or HTTP header line; servers refuse far shorter ones
RECORD_LIMIT = 256 * 1024 * 1024  # one record of a .warc.gz, decompressed: a video, not a bomb
BLOCK_OUT = 1024 * 1024  # bytes inflated at a time

# what warcio raises on a damaged archive: its own two, a truncated or corrupt gzip member, a
# Content-Length that is no number, headers in no encoding it knows
_DAMAGED = (ArchiveLoadFailed, StatusAndHeadersParserException, ChunkedDataException, EOFError, zlib.error,
            ValueError, UnicodeError, OSError)


class _Limit(Exception):
    """Raised from inside warcio's reading when a bound is passed; ends the file."""


class _BoundedReader(DecompressingBufferedReader):
    """warcio's reader of the file, with bounds on a line and on a gzip member (one record)."""

    decompressor: Any  # warcio's attributes (it has no type information)
    num_block_read: int

    def readline(self, length: int | None = None) -> bytes:
        cap = LINE_LIMIT + 1 if length is None else min(length, LINE_LIMIT + 1)
        line = super().readline(cap)
        if len(line) > LINE_LIMIT and not line.endswith(b"\n"):
            raise _Limit(f"a header line longer than {LINE_LIMIT} bytes, beginning '{excerpt(line[:24], 24)}'")
        return line

    def _process_read(self, data: bytes) -> None:
        super()._process_read(data)
        if self.decompressor is not None and self.num_block_read > RECORD_LIMIT:  # counted per gzip member
            raise _Limit(f"a record that decompresses to more than {RECORD_LIMIT} bytes")

    def _decompress(self, data: bytes) -> bytes:
        """At most BLOCK_OUT bytes from a block (warcio inflates a whole block at once: 16 KB of a
        bomb is 16 MB); what is left waits in the decompressor for the next _fillbuff."""
        if self.decompressor is None or not data:
            return data
        try:
            return self.decompressor.decompress(data, BLOCK_OUT)
        except zlib.error as exc:
            if not self.num_block_read:  # the first block is not gzip: as warcio, read the file as it is
                self.decompressor = None
                return data
            # warcio writes a corrupt member's error to stderr and reads on as if the record ended there
            raise zlib.error(f"corrupt gzip data: {exc}") from exc

    def _fillbuff(self, block_size: int | None = None) -> None:
        # what the last block still holds; at a member's end zlib leaves it in unconsumed_tail *and*
        # unused_data (where warcio takes the next member from), so then it is not inflated here
        d = self.decompressor
        while self.empty() and d is not None and d.unconsumed_tail and not d.eof:
            before = len(d.unconsumed_tail)
            self._process_read(d.unconsumed_tail)
            if self.empty() and len(d.unconsumed_tail) >= before:  # no progress: never loop on it
                raise zlib.error("corrupt gzip data: it inflates to nothing")
            d = self.decompressor
        super()._fillbuff(block_size)  # returns at once when the tail filled the buffer


class _Records(ArchiveIterator):
    reader: Any
    fh: Any

    def __init__(self, stream: object) -> None:
        super().__init__(stream)
        self.reader = _BoundedReader(self.fh, block_size=self.reader.block_size)

    def _consume_blanklines(self) -> tuple[bytes | None, int]:
        """As warcio's, without its warning on stderr (which quotes the whole line it found)."""
        empty_size, first = 0, True
        while True:
            line = self.reader.readline()
            if not line:
                return None, empty_size
            if not line.strip() or first:
                empty_size += len(line)
                first = False
                continue
            return line, empty_size


def _payload(record: object, where: str) -> bytes:
    """The record's HTTP payload, at most a page and one byte of it; InputError when the file ends
    before the record does (warcio reads a record cut short as if it were whole)."""
    limit = encoding.MAX_BYTES
    payload = record.content_stream().read(limit + 1)  # type: ignore[attr-defined]
    if len(payload) > limit:
        raise InputError(where, f"a payload of more than {limit} bytes exceeds the {limit}-byte limit: not read")
    kind = binary_format(payload[:HEAD])
    if kind:  # labelled HTML by its server, but a PDF (or an image, an archive) by its bytes
        raise InputError(where, f"binary data, not a page: {kind}; not read")
    # bytes the record declared and the file lacks (a record whose length warcio could not read has
    # no LimitReader, and no declared length to fall short of)
    missing = getattr(record.raw_stream, "limit", 0)  # type: ignore[attr-defined]
    if missing > 0 and not record.raw_stream.read(1):  # type: ignore[attr-defined]
        raise InputError(where, f"the record is cut short: the file ends {missing} byte(s) before its "
                                "declared Content-Length, so its page would be partial; not read")
    return payload


def read_warc(path: Path) -> Iterator[Page | InputError]:
    name = shown(path)
    with path.open("rb") as stream:
        records = iter(_Records(stream))
        n = pages = 0  # records seen; pages and errors yielded
        while True:
            try:
                record = next(records)
            except StopIteration:
                if not pages:  # a file that gives nothing says why
                    yield InputError(name, f"no HTML response record among its {n} record(s)")
                break
            except _Limit as exc:
                yield InputError(name, f"not read past record {n}: {exc}" if n else f"not read: {exc}")
                return
            except _DAMAGED as exc:
                yield InputError(name, f"not a readable WARC file after {n} record(s): "
                                       f"{excerpt(str(exc) or type(exc).__name__, 120)}")
                return
            except AttributeError:  # warcio's loader reads the URI of a response record that has none
                yield InputError(name, f"not a readable WARC file: record {n + 1} has no WARC-Target-URI")
                return
            n += 1
            if record.rec_type != "response":
                continue
            ctype = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
            if "html" not in ctype.lower():
                continue
            url = shown(record.rec_headers.get_header("WARC-Target-URI") or f"{shown_name(path)}#{n}")
            where = f"{shown_name(path)}#{n} ({excerpt(url, 200)})"
            pages += 1
            try:
                payload = _payload(record, where)
                html, enc = decode_bytes(payload, where)
                stamp = record.rec_headers.get_header("WARC-Date")
                page = page_from_html(html, url, url=url, encoding=enc, published=metadata_date(html))
                page.fetched = fetched_day(stamp, where, "WARC-Date") if stamp else None
                yield page
            except _Limit as exc:
                yield InputError(where, f"not read, nor the rest of the file: {exc}")
                return
            except _DAMAGED as exc:
                yield InputError(where, f"the record's payload cannot be read: "
                                        f"{excerpt(str(exc) or type(exc).__name__, 120)}")
            except InputError as exc:  # an error of the page's HTML names its URL: the record finds it
                yield exc if exc.source == where else InputError(where, exc.reason)
