"""WARC files: every HTML response record is a page; WARC-Date is a fallback date.

A crawl is read record by record: a record whose payload cannot be read is an error naming the
record, and the file goes on; a record whose headers cannot be parsed ends the file (warcio cannot
find the next record after it), with an error naming the file and how far it got."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import ChunkedDataException
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from dipnet.errors import InputError
from dipnet.model import Page
from dipnet.read.encoding import MAX_BYTES, decode_bytes
from dipnet.read.html import metadata_date, page_from_html

# what warcio raises on a damaged archive: its own two, a truncated or corrupt gzip member, a
# Content-Length that is no number, headers in no encoding it knows
_DAMAGED = (ArchiveLoadFailed, StatusAndHeadersParserException, ChunkedDataException, EOFError, zlib.error,
            ValueError, UnicodeError, OSError)


def read_warc(path: Path) -> Iterator[Page | InputError]:
    with path.open("rb") as stream:
        records = iter(ArchiveIterator(stream))
        n = pages = 0  # records seen; pages and errors yielded
        while True:
            try:
                record = next(records)
            except StopIteration:
                if not pages:  # a file that gives nothing says why: warcio ends quietly on a gzip cut short
                    yield InputError(str(path), f"no HTML response record among its {n} record(s)")
                break
            except _DAMAGED as exc:
                yield InputError(str(path), f"not a readable WARC file after {n} record(s): {exc or type(exc).__name__}")
                return
            except AttributeError:  # warcio's loader reads the URI of a response record that has none
                yield InputError(str(path), f"not a readable WARC file: record {n + 1} has no WARC-Target-URI")
                return
            n += 1
            if record.rec_type != "response":
                continue
            ctype = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
            if "html" not in ctype.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or f"{path.name}#{n}"
            try:
                payload = record.content_stream().read(MAX_BYTES + 1)  # never more than one page may be
            except _DAMAGED as exc:
                yield InputError(url, f"the record's payload cannot be read: {exc or type(exc).__name__}")
                pages += 1
                continue
            pages += 1
            try:
                html, encoding = decode_bytes(payload, url)
                warc_date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                yield page_from_html(html, url, url=url, encoding=encoding,
                                     published=metadata_date(html) or warc_date)
            except InputError as exc:
                yield exc
