"""When a page was fetched (a JSONL record's `fetched`, a WARC record's WARC-Date): read, checked,
and used as the newest day the page and its teasers can be of. Invented pages throughout."""

from __future__ import annotations

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dipnet.errors import InputError
from dipnet.model import DateValue, Page
from dipnet.pipeline import process_page
from dipnet.read import read_inputs
from dipnet.timex import infer_brief_dates
from dipnet.timex.briefs import _windows

# nothing in the page says its year: only the month-day of the dateline
UNDATED = "两国外长举行会谈\n\n越通社河内8月17日——越南外交部长当天在河内同来访的老挝外交部长举行会谈。\n"
# an era word bounds the year from below (新冠 → 2020 or later)
ERA = "两国合作抗击新冠疫情\n\n越通社河内——越南向老挝援助一批新冠疫苗,双方表示将继续加强合作。\n"


def _read(tmp_path: Path, name: str, data: bytes) -> list[Page | InputError]:
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_inputs([str(path)]))


def _jsonl(tmp_path: Path, *records: object) -> list[Page | InputError]:
    return _read(tmp_path, "b.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode())


def test_a_jsonl_fetch_time_is_read_as_its_day(tmp_path: Path) -> None:
    (page,) = _jsonl(tmp_path, {"text": UNDATED, "url": "https://example.org/a", "fetched": "2026-03-10T08:00:00+07:00"})
    assert isinstance(page, Page) and page.fetched == "2026-03-10"


def test_a_bad_fetch_time_is_an_error_naming_the_line_and_the_field_and_the_batch_goes_on(tmp_path: Path) -> None:
    items = _jsonl(tmp_path, {"text": UNDATED, "fetched": "last tuesday"}, {"text": UNDATED, "fetched": 20260310},
                   {"text": UNDATED, "fetched": "2026-03-10"})
    bad = [i for i in items if isinstance(i, InputError)]
    assert [e.source for e in bad] == ["b.jsonl:1", "b.jsonl:2"]
    assert all("`fetched`" in e.reason and "ISO 8601" in e.reason for e in bad)
    assert isinstance(items[2], Page) and items[2].fetched == "2026-03-10"


def test_a_page_nothing_dates_is_no_newer_than_its_fetch() -> None:
    # 17 August had not come by 10 March 2026: the page is of 2025 at the latest, and no more is claimed
    doc = process_page(Page(source="a", text=UNDATED, url="https://example.org/a", fetched="2026-03-10"))
    assert doc.published is not None and (doc.published.date, doc.published.precision) == ("2025", "year")
    assert "fetched 2026-03-10" in doc.published.evidence and doc.published.confidence <= 0.3
    later = process_page(Page(source="a", text=UNDATED, url="https://example.org/a", fetched="2026-09-01"))
    assert later.published is not None and later.published.date == "2026"
    unknown = process_page(Page(source="a", text=UNDATED, url="https://example.org/a"))
    assert unknown.published is None or "fetched" not in unknown.published.evidence


def test_the_fetch_closes_the_years_an_era_leaves_open() -> None:
    doc = process_page(Page(source="a", text=ERA, url="https://example.org/a", fetched="2021-06-01"))
    assert doc.published is not None and 2020 <= int(doc.published.date[:4]) <= 2021, doc.published
    free = process_page(Page(source="a", text=ERA, url="https://example.org/a"))
    assert free.published is not None and "2020-2021 open" not in free.published.evidence


def test_a_warc_date_is_when_the_page_was_fetched_not_when_it_was_published(tmp_path: Path) -> None:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    html = f"<html><body><article><p>{UNDATED}</p></article></body></html>".encode()
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    record = writer.create_warc_record("https://example.org/b", "response", payload=io.BytesIO(html), http_headers=http)
    record.rec_headers.replace_header("WARC-Date", "2026-03-10T01:02:03Z")
    writer.write_record(record)
    (page,) = _read(tmp_path, "c.warc", buf.getvalue())
    assert isinstance(page, Page) and page.published is None and page.fetched == "2026-03-10"


def test_a_related_block_listing_the_news_of_the_read_is_of_the_fetch() -> None:
    # a site whose related block lists the newest stories when read (timex/data/crawl_windows.json):
    # with the fetch known, a teaser's month-day falls in the year that puts it last before the fetch
    host = next(iter(_windows()))
    page = DateValue("2015-08-20", "day", "inferred", 0.7, "lead")
    teasers = ["两国加强合作\n11月19日,代表团对柬埔寨进行工作访问。"]
    got = infer_brief_dates(teasers, page, url=f"https://{host}/story/1.html", fetched="2022-01-05")
    assert got[0] is not None and got[0].date == "2021-11-19", got[0]
