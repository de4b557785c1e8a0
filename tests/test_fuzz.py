"""Property tests (hypothesis) over every reader, the segmenter and every stage: hostile text,
bytes in any or the wrong encoding, nested and truncated HTML, malformed JSONL and WARC. Bounded
for CI; benchmarks/fuzz.py runs 100,000 generated inputs. Plus the crashes fuzzing found, each as
an example of its own."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import EXAMPLES, SEEDS
from dipnet.errors import InputError
from dipnet.model import Document, Page
from dipnet.normalize import normalize
from dipnet.pipeline import process_page
from dipnet.read import read_inputs
from dipnet.read.encoding import decode_bytes
from dipnet.read.html import looks_like_html
from dipnet.segment import segment

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                            HealthCheck.function_scoped_fixture])
# a real page to cut slices from: the first seed where the corpus is present, the bundled example otherwise
SEED_TEXT = (SEEDS[0] if SEEDS else EXAMPLES / "vn_lao_visit.txt").read_text(encoding="utf-8")
WORDS = ["越通社", "河内", "——", "更多", "相关新闻:", "(完)", "越南", "中国", "国家主席", "会见", "访问", "签署",
         "全面战略伙伴关系", "2024年3月5日", "3月5日", "2月30日", "13月1日", "上午", "去年", "农历正月初一", "亿美元",
         "ảnh 1", "图自越通社", "来源:", "首页 > ", "|", "\n", " ", "。", ",", "“", "(", ")", "99999999999999"]
# any characters but surrogates (no str of a reader holds one), with the words pages are made of
TEXT = st.lists(st.one_of(st.text(st.characters(exclude_categories=("Cs",)), max_size=30), st.sampled_from(WORDS)),
                max_size=40).map("".join)
SLICES = st.tuples(st.integers(0, len(SEED_TEXT)), st.integers(0, 1500)).map(lambda t: SEED_TEXT[t[0]:t[0] + t[1]])
PAGE_TEXT = st.one_of(TEXT, SLICES, st.tuples(SLICES, TEXT, SLICES).map("".join))


def _read(tmp_path: Path, name: str, data: bytes) -> list[Page | InputError]:
    f = tmp_path / name
    f.write_bytes(data)
    items = list(read_inputs([str(f)]))
    for item in items:
        assert isinstance(item, Page | InputError)
        if isinstance(item, InputError):
            assert item.source and item.reason  # names the input and the reason
    return items


def _spans_hold(doc: Document) -> None:
    n = len(doc.text)
    assert len(doc.offsets) == n + 1 and all(0 <= o <= len(doc.raw) for o in doc.offsets)
    spans = [(s.start, s.end) for s in doc.segments] + [(m.start, m.end) for m in doc.mentions]
    spans += [(e.start, e.end) for e in doc.events] + [(f.start, f.end) for f in doc.facts]
    spans += [(r.start, r.end) for r in doc.relations] + [(t.start, t.end) for t in doc.times]
    for a, b in spans:
        assert 0 <= a <= b <= n, (a, b, n)
        doc.to_original(a, b)


@SETTINGS
@given(st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=300))
@example("\x01\x02\x03 control characters are text too")
@example("\u202e\u200b\ufeff越南")
def test_valid_utf8_is_never_rejected(text):
    data = text.encode("utf-8")
    if "\x00" in text or not data.strip():
        return  # NUL is binary; blank is empty: both named rejections
    assert decode_bytes(data, "t") == (text, "utf-8")


@SETTINGS
@given(st.binary(max_size=600), st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.warc", "a.warc.gz"]))
def test_any_bytes_in_any_reader_is_a_page_or_a_named_error(tmp_path, data, name):
    _read(tmp_path, name, data)


@SETTINGS
@given(PAGE_TEXT, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030", "big5", "latin-1", "shift_jis"]),
       st.integers(0, 50))
@example(text="000\x00", enc="utf-8", cut=0)  # a NUL here and there is no UTF-16 ('〰0')
def test_text_in_any_encoding_truncated_anywhere(tmp_path, text, enc, cut):
    data = text.encode(enc, errors="replace")
    data = data[:len(data) - cut] if cut < len(data) else data
    for item in _read(tmp_path, "p.txt", data):
        if isinstance(item, Page) and enc == "utf-8" and not cut and not looks_like_html(text):
            assert item.text == text


@SETTINGS
@given(st.sampled_from(["div", "p", "span", "table", "b", "ul", "li", "article", "font", "svg"]),
       st.integers(0, 3000), st.booleans(), st.integers(0, 4000), PAGE_TEXT,
       st.sampled_from(["utf-8", "gbk", "big5", "latin-1", "bogus", ""]))
@example("div", 20000, False, 10**6, "越通社河内——3月5日上午", "utf-8")
def test_nested_truncated_html_with_lying_charset(tmp_path, tag, depth, closed, cut, text, charset):
    html = (f'<html><head><meta charset="{charset}"><meta name="pubdate" content="2024-02-30"></head><body>'
            + f"<{tag}>" * depth + f"<p>{text}</p>" + (f"</{tag}>" * depth if closed else "") + "</body></html>")
    for item in _read(tmp_path, "p.html", html[:cut].encode("utf-8", errors="replace")):
        if isinstance(item, Page):
            _spans_hold(process_page(item))


JSON_LINE = st.one_of(
    st.builds(lambda t, k, u: json.dumps({k: t, "url": u}, ensure_ascii=False), PAGE_TEXT,
              st.sampled_from(["text", "html", "body"]), st.one_of(st.none(), st.text(max_size=5), st.integers())),
    st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                 lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=3), c, max_size=3)).map(json.dumps),
    st.text(max_size=40),
    st.sampled_from(["[" * 100_000, "1" * 5000, '{"text": "\\ud800 越南\\udfff"}', '{"text": "\\u0000x"}', "{",
                     '{"text": NaN}', '{"text": "越南", "published": "2024-02-30"}', '{"text": "x", "published": 5}']),
)


@SETTINGS
@given(st.lists(JSON_LINE, max_size=6), st.sampled_from(["\n", "\r\n", "\n\n"]), st.booleans())
def test_jsonl_every_line_is_a_page_or_an_error_naming_its_line(tmp_path, lines, sep, bom):
    lines = [ln.replace("\n", " ").replace("\r", " ") for ln in lines]
    data = (b"\xef\xbb\xbf" if bom else b"") + sep.join(lines).encode("utf-8", errors="surrogatepass")
    items = _read(tmp_path, "b.jsonl", data)
    nonblank = [ln for ln in lines if ln.encode("utf-8", errors="surrogatepass").strip()]  # blank as bytes are
    if nonblank:
        assert len(items) == len(nonblank)  # one item a line: the batch goes on past every bad one
    for item in items:
        if isinstance(item, InputError):
            assert "b.jsonl" in item.source
        else:
            _spans_hold(process_page(item))


def _warc(records: list[tuple[str, bytes, str]], gz: bool) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for uri, payload, ctype in records:
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                                      http_headers=http))
    return buf.getvalue()


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(["https://example.org/a", "http://x/越南"]),
                          PAGE_TEXT.map(lambda t: f"<html><body><p>{t}</p></body></html>".encode()),
                          st.sampled_from(["text/html", "text/html; charset=gbk", "text/plain"])), max_size=3),
       st.booleans(), st.integers(0, 10_000), st.binary(max_size=20))
def test_warc_truncated_or_damaged_anywhere(tmp_path, records, gz, cut, junk):
    data = _warc(records, gz)
    at = min(cut, len(data))
    for item in _read(tmp_path, "c.warc.gz" if gz else "c.warc", data[:at] + junk + data[at + len(junk):]):
        if isinstance(item, Page):
            _spans_hold(process_page(item))


def test_a_warc_response_without_target_uri_is_a_named_error(tmp_path):
    data = _warc([("https://example.org/a", b"<html><body><p>" + "越南会见老挝客人。".encode() * 9 + b"</p></body></html>",
                   "text/html")], False)
    data += b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n"  # found by fuzzing
    items = _read(tmp_path, "d.warc", data)
    assert isinstance(items[0], Page) and isinstance(items[-1], InputError) and "WARC-Target-URI" in items[-1].reason


@SETTINGS
@given(PAGE_TEXT)
@example("越" * 50_000)
@example("\n".join(["更多"] * 30))
@example("标题\n(完)x\n正文。")  # found by fuzzing: an end mark and one more character left an empty paragraph
@example("")
def test_normalize_and_segment_keep_every_span_in_the_text(text):
    doc = segment(normalize(Page(source="t", text=text)))
    _spans_hold(doc)


@settings(max_examples=40, deadline=None)
@given(PAGE_TEXT)
@example("2024年2月30日,越南国家主席会见老挝总理。")  # found by fuzzing: no year has that day
@example("越南\ud800会见")  # a lone surrogate, as a JSON escape gives one
@example("\r\n\r\n\x0b\x0c\u2028")
def test_every_stage_on_hostile_text(text):
    doc = process_page(Page(source="t", text=text, published="2024-02-30"))
    _spans_hold(doc)
    for p in doc.problems:
        assert p.source == "t" and p.stage and p.reason


@pytest.mark.parametrize("published", ["2024-02-30", "0000-01-01", "2024-13-01", "9999-99-99", "garbage", ""])
def test_an_impossible_metadata_date_is_no_anchor(published):
    doc = process_page(Page(source="t", text="越通社河内——2月30日上午,越南国家主席会见老挝总理。", published=published))
    assert doc.published is None or doc.published.date[:4].isdigit()


def test_jsonl_crashes_found_by_fuzzing_are_named_errors(tmp_path):
    lines = ["[" * 100_000, "1" * 5000, '{"text": "越南\\ud800会见老挝客人"}']
    items = _read(tmp_path, "e.jsonl", "\n".join(lines).encode())
    assert [type(i).__name__ for i in items] == ["InputError", "InputError", "Page"]
    assert "nested too deeply" in items[0].reason and items[1].source == "e.jsonl:2"
    assert items[2].text == "越南\ufffd会见老挝客人"


def test_gzip_that_is_no_warc(tmp_path):
    (err,) = _read(tmp_path, "f.warc.gz", gzip.compress(b"WARC/1.0\r\n" + b"x" * 100)[:40])
    assert isinstance(err, InputError)
