"""Hostile and odd inputs to the readers: bombs, cut files, huge lines, odd names and file kinds.

Each reader bounds what it decompresses and reads, reports every input it does not read by name
with a reason and at most an excerpt of what it found, and lets the rest of the batch go on."""

from __future__ import annotations

import io
import json
import os
import tracemalloc
import zlib
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dipnet.errors import InputError
from dipnet.model import Page
from dipnet.read import MAX_REASON, encoding, read_inputs, warc
from test_read import BROWSER_SAVED, PAGE


def read(*paths: Path) -> list[Page | InputError]:
    return list(read_inputs([str(p) for p in paths]))


def gzip_of(data_chunks, level: int = 9) -> bytes:
    c = zlib.compressobj(level, zlib.DEFLATED, 31)
    return b"".join(c.compress(chunk) for chunk in data_chunks) + c.flush()


def warc_bytes(*, gz: bool, html: str = BROWSER_SAVED) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
    writer.write_record(writer.create_warc_record("https://example.org/news/1.html", "response",
                                                  payload=io.BytesIO(html.encode("utf-8")), http_headers=headers))
    return buf.getvalue()


# 1. bombs: what is decompressed and read is bounded, messages quote an excerpt


def test_a_gzip_bomb_with_no_newline_is_refused_at_its_first_line_with_a_short_message(tmp_path):
    bomb = tmp_path / "bomb.warc.gz"
    bomb.write_bytes(gzip_of([b"\0" * (1 << 20)] * 8))  # 8 MiB of zeros in 8 KB: one endless "line"
    tracemalloc.start()
    (err,) = read(bomb)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert isinstance(err, InputError) and err.source == str(bomb)
    assert "header line longer than" in err.reason and len(err.reason) < MAX_REASON
    assert peak < 3 * warc.BLOCK_OUT + 4 * warc.LINE_LIMIT  # not the 8 MiB line, let alone its repr


def test_a_record_that_decompresses_past_the_record_limit_ends_the_file_with_a_named_error(tmp_path, monkeypatch):
    monkeypatch.setattr(warc, "RECORD_LIMIT", 1 << 20)
    head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/x\r\n"
            b"Content-Type: application/http; msgtype=response\r\nContent-Length: 1000000000000\r\n\r\n"
            b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n")
    bomb = tmp_path / "bomb2.warc.gz"
    bomb.write_bytes(gzip_of([head, *[b"<p>" + b"\n" * (1 << 20)] * 4]))
    out = read(bomb)
    assert not [p for p in out if isinstance(p, Page)]
    assert any("decompresses to more than" in e.reason and "bomb2.warc.gz" in e.source for e in out)


def test_every_error_reason_is_bounded_even_when_a_library_quotes_the_input(tmp_path):
    wide = tmp_path / "wide.warc"  # warcio's own message quotes the status line it could not parse
    wide.write_bytes(b"NOT-WARC " + b"x" * 50_000 + b"\r\n\r\n")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": ' + "9" * 10_000 + "}\n", encoding="utf-8")  # an integer too long for json
    errors = [e for e in read(wide, bad) if isinstance(e, InputError)]
    assert len(errors) == 2 and all(len(e.reason) < MAX_REASON for e in errors)


def test_a_gzipped_warc_with_a_record_larger_than_one_inflated_block_reads_every_record(tmp_path):
    big = BROWSER_SAVED.replace("</article>", "<p>" + "两国议会间的合作。" * 200_000 + "</p></article>")
    data = warc_bytes(gz=True, html=big) + warc_bytes(gz=True)
    assert len(big.encode("utf-8")) > 4 * warc.BLOCK_OUT
    out = read(_write(tmp_path / "two.warc", data, True))
    assert [type(x) for x in out] == [Page, Page] and len(out[0].text) > len(out[1].text) + 1_000_000


# 3. a WARC cut anywhere: no partial page, and every error names the file


@pytest.mark.parametrize("gz", [False, True])
def test_a_warc_cut_at_any_point_yields_no_partial_page_and_names_the_file(tmp_path, gz):
    whole = warc_bytes(gz=gz)
    assert [type(x) for x in read(_write(tmp_path / "whole.warc", whole, gz))] == [Page]
    step = max(1, len(whole) // 60)
    for cut in range(1, len(whole) - 8, step):
        out = read(_write(tmp_path / "cut.warc", whole[:cut], gz))
        assert not [p for p in out if isinstance(p, Page)], cut
        assert out and all(isinstance(e, InputError) and "cut.warc" in e.source for e in out), (cut, out)


def test_a_record_cut_mid_payload_says_the_record_is_cut_short(tmp_path):
    whole = warc_bytes(gz=False)
    (err,) = read(_write(tmp_path / "cut.warc", whole[: len(whole) - 200], False))
    assert err.source.startswith("cut.warc#1 (https://example.org/news/1.html)") and "cut short" in err.reason


def _write(path: Path, data: bytes, gz: bool) -> Path:
    path = path.with_name(path.name + (".gz" if gz else ""))
    path.write_bytes(data)
    return path


# 4. sizes are checked before reading, and a huge line is passed over, not held


def test_a_text_file_larger_than_a_page_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as f:  # sparse: 1.5 GB on the books, nothing on disk
        f.truncate(1_500_000_000)
    tracemalloc.start()
    (err,) = read(big)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert isinstance(err, InputError) and "1500000000 bytes exceeds" in err.reason and "not read" in err.reason
    assert peak < 1 << 20


def test_a_jsonl_line_longer_than_a_page_is_passed_over_in_bounded_memory(tmp_path, monkeypatch):
    monkeypatch.setattr(encoding, "MAX_BYTES", 1 << 20)
    f = tmp_path / "oneline.jsonl"
    good = json.dumps({"url": "https://example.org/ok", "text": PAGE}, ensure_ascii=False).encode("utf-8")
    with f.open("wb") as out:
        out.write(good + b"\n")
        out.write(b'{"text": "' + b"a" * (48 << 20) + b'"}\n')  # one 48 MiB line
        out.write(good + b"\n")
    tracemalloc.start()
    out_items = read(f)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [type(x).__name__ for x in out_items] == ["Page", "InputError", "Page"]
    assert out_items[1].source == "oneline.jsonl:2" and "exceeds" in out_items[1].reason
    assert peak < 8 << 20  # the 1 MiB limit and a chunk, not the 48 MiB line


def test_byte_ranges_number_lines_past_a_huge_line_as_the_whole_file_does(tmp_path, monkeypatch):
    from dipnet.read.jsonl import count_newlines, read_jsonl, read_jsonl_range

    monkeypatch.setattr(encoding, "MAX_BYTES", 4096)
    rec = json.dumps({"text": PAGE}, ensure_ascii=False).encode("utf-8")
    f = tmp_path / "mixed.jsonl"
    f.write_bytes(b"\n".join([rec, b"x" * 20_000, rec, b"", rec, b"y" * 9000, rec]) + b"\n")
    whole = [(type(x).__name__, getattr(x, "source", None)) for x in read_jsonl(f)]
    size = f.stat().st_size
    for cut in (1, 5000, 12_000, 20_500, size - 10):
        parts: list = []
        for lo, hi in ((0, cut), (cut, size)):
            parts += read_jsonl_range(f, lo, hi, count_newlines(f, 0, lo))[0]
        assert [(type(x).__name__, getattr(x, "source", None)) for x in parts] == whole, cut


# 6. encodings and JSON


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(tmp_path, enc):
    (page,) = read(_write(tmp_path / f"{enc}.txt", PAGE.encode(enc), False))
    assert isinstance(page, Page) and page.text == PAGE and page.encoding == enc


def test_utf16_of_chinese_alone_without_ascii_is_read(tmp_path):
    text = "越南与老挝签署合作文件两国领导人出席了合作文件交换仪式"
    (page,) = read(_write(tmp_path / "cjk.txt", text.encode("utf-16-le"), False))
    assert isinstance(page, Page) and page.text == text


def test_a_record_with_a_duplicate_key_is_an_error_naming_file_and_line(tmp_path):
    f = tmp_path / "dup.jsonl"
    f.write_text(json.dumps({"text": PAGE}, ensure_ascii=False) + "\n"
                 + '{"text": "越南外交部发言人表示", "text": "另一段"}\n'
                 + '{"url": "https://example.org/n", "meta": {"a": 1, "a": 2}, "text": "越南"}\n', encoding="utf-8")
    out = read(f)
    assert isinstance(out[0], Page)
    assert [(e.source, "'text' twice" in e.reason or "'a' twice" in e.reason) for e in out[1:]] == [
        ("dup.jsonl:2", True), ("dup.jsonl:3", True)]


# binary formats are recognised by their bytes, whatever the name


@pytest.mark.parametrize("name,data,kind", [
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>stream\n" + bytes(range(256)) * 4, "PDF"),
    ("report.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + "越南".encode() * 50, "PDF"),
    ("page.html", b"PK\x03\x04\x14\x00\x06\x00" + b"word/document.xml" * 20, "ZIP"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 100, "PNG"),
    ("batch.jsonl", b"\x1f\x8b\x08\x00" + b"\x00" * 100, "gzip"),
    ("crawl.warc", b"%PDF-1.4\n" + b"x" * 100, "a PDF document"),
])
def test_binary_formats_are_refused_by_their_content_with_the_format_named(tmp_path, name, data, kind):
    (err,) = read(_write(tmp_path / name, data, False))
    assert isinstance(err, InputError) and err.source.endswith(name) and kind in err.reason


# names and kinds of files: every one reported by name, the rest goes on


def test_a_file_with_a_name_that_is_not_utf8_is_read_under_a_printable_name(tmp_path):
    bad = os.path.join(os.fsencode(tmp_path), b"bad\xff.txt")
    with open(bad, "wb") as f:
        f.write(PAGE.encode("utf-8"))
    (tmp_path / "good.txt").write_text(PAGE, encoding="utf-8")
    out = read(tmp_path)
    assert sorted(p.source for p in out if isinstance(p, Page)) == ["bad\\xff.txt", "good.txt"]
    for p in out:
        p.source.encode("utf-8")  # writable as UTF-8: no lone surrogate


def test_a_fifo_a_link_loop_and_a_dangling_link_are_reported_and_the_rest_is_read(tmp_path):
    (tmp_path / "good.txt").write_text(PAGE, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)  # a folder linked back to its ancestor
    out = read(tmp_path)
    errors = {Path(e.source).name: e.reason for e in out if isinstance(e, InputError)}
    assert "named pipe" in errors["pipe.txt"] and "loops" in errors["loop.txt"]
    assert "does not exist" in errors["gone.txt"] and "link back" in errors["up"]
    assert [p.source for p in out if isinstance(p, Page)] == ["good.txt"]
    (named,) = read(tmp_path / "pipe.txt")  # named on its own, it is no "missing file"
    assert "named pipe" in named.reason


def test_a_folder_that_cannot_be_listed_is_reported_and_the_rest_is_read(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(PAGE, encoding="utf-8")
    real = os.scandir

    def scandir(path):  # as a folder without read permission answers (root reads any, so it is simulated)
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = read(tmp_path)
    assert [p.source for p in out if isinstance(p, Page)] == ["a.txt"]
    (err,) = [e for e in out if isinstance(e, InputError)]
    assert err.source.endswith("locked") and "cannot be listed: Permission denied" in err.reason


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a folder without read permission")
def test_an_unreadable_folder_is_reported(tmp_path):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "locked").chmod(0)
    try:
        (err,) = read(tmp_path)
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert "cannot be listed" in err.reason


def test_an_empty_folder_says_what_it_found(tmp_path):
    (tmp_path / "empty").mkdir()
    (err,) = read(tmp_path / "empty")
    assert isinstance(err, InputError) and "no file to read" in err.reason and "empty" in err.reason
    (tmp_path / "hidden").mkdir()
    (tmp_path / "hidden" / ".draft.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "hidden" / "2024" / "05").mkdir(parents=True)
    (err,) = read(tmp_path / "hidden")
    assert err.reason.endswith("2 folder(s) with no file in them and 1 hidden entry, which are not read")


def test_a_record_whose_length_is_damaged_is_a_named_error_not_a_crash(tmp_path):
    whole = warc_bytes(gz=False, html="<html><body><p></p></body></html>")  # found by fuzzing
    at = whole.index(b"Content-Length: ") + len(b"Content-")  # the record's length header loses its name
    out = read(_write(tmp_path / "len.warc", whole[:at] + b"\0" * 6 + whole[at + 6:], False))
    assert out and all(isinstance(e, InputError) and "len.warc" in e.source for e in out)


def test_a_warc_record_labelled_html_that_is_a_pdf_is_named_as_one(tmp_path):
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.0")
    writer.write_record(writer.create_warc_record("https://example.org/scan.html", "response", http_headers=headers,
                                                  payload=io.BytesIO(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + b"x" * 100)))
    err, page = read(_write(tmp_path / "pdf.warc", buf.getvalue() + warc_bytes(gz=False), False))
    assert isinstance(err, InputError) and isinstance(page, Page)
    assert err.source == "pdf.warc#1 (https://example.org/scan.html)" and "a PDF document" in err.reason
