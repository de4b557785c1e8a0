"""WARC files: every HTML response record is a page; WARC-Date is a fallback date."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from dipnet.errors import InputError
from dipnet.model import Page
from dipnet.read.encoding import decode_bytes
from dipnet.read.html import metadata_date, page_from_html


def read_warc(path: Path) -> Iterator[Page | InputError]:
    try:
        with path.open("rb") as stream:
            for n, record in enumerate(ArchiveIterator(stream), 1):
                if record.rec_type != "response":
                    continue
                ctype = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
                if "html" not in ctype.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or f"{path.name}#{n}"
                try:
                    html, encoding = decode_bytes(record.content_stream().read(), url)
                    warc_date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                    yield page_from_html(html, url, url=url, encoding=encoding,
                                         published=metadata_date(html) or warc_date)
                except InputError as exc:
                    yield exc
    except ArchiveLoadFailed as exc:
        yield InputError(str(path), f"not a readable WARC file: {exc}")
