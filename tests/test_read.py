"""Readers and encodings, on pages written for the tests and on the real seed pages."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import EXAMPLES
from dipnet.errors import InputError
from dipnet.model import Page
from dipnet.read import read_inputs

PAGE = "越南与老挝签署合作文件\n\n越通社万象——2月5日上午,两国领导人出席了合作文件交换仪式。\n"

BROWSER_SAVED = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>越南国家主席会见老挝客人 - 新闻网</title>
<meta property="article:published_time" content="2024-03-05T08:00:00+07:00">
<script>var tracker = "不应出现在正文里";</script></head>
<body><nav><a href="/">首页</a> &gt; <a href="/politics">政治</a></nav>
<article><h1>越南国家主席会见老挝客人</h1>
<p>越通社河内——3月5日上午,越南国家主席在河内主席府会见了老挝国会代表团。</p>
<p>双方一致同意进一步加强两国议会间的合作,巩固越老伟大友谊、特殊团结和全面合作关系。</p>
<p>老挝客人感谢越南党、国家和人民长期以来给予老挝的宝贵支持与帮助。</p></article>
<aside><h3>相关链接</h3><ul><li><a href="/a">另一条新闻标题</a></li></ul></aside>
<footer>版权所有 © 新闻网 联系我们</footer></body></html>"""


def pages(tmp_path: Path, name: str, data: bytes) -> list[Page | InputError]:
    f = tmp_path / name
    f.write_bytes(data)
    return list(read_inputs([str(f)]))


def test_plain_text_page_is_read_as_utf8():
    (page,) = read_inputs([str(EXAMPLES / "vn_lao_visit.txt")])
    assert isinstance(page, Page) and page.encoding == "utf-8"
    assert page.source == "vn_lao_visit.txt" and "越通社" in page.text


def test_every_encoding_decodes_to_the_same_text(tmp_path):
    for enc, data in {
        "utf-8": PAGE.encode("utf-8"),
        "utf-8-bom": b"\xef\xbb\xbf" + PAGE.encode("utf-8"),
        "gb18030": PAGE.encode("gb18030"),
        "gbk": PAGE.encode("gbk"),
        "utf-16": PAGE.encode("utf-16"),  # with its BOM
    }.items():
        (page,) = pages(tmp_path, f"{enc}.txt", data)
        assert isinstance(page, Page), enc
        assert page.text.lstrip("\ufeff") == PAGE, enc


def test_big5_traditional_page(tmp_path):
    trad = "越南與寮國簽署合作文件\n\n中央社河內5日專電 越南國家主席會見寮國總理,雙方討論經貿合作。\n"
    (page,) = pages(tmp_path, "big5.txt", trad.encode("big5"))
    assert isinstance(page, Page) and page.encoding == "big5" and page.text == trad


def test_binary_empty_and_undecodable_inputs_are_named_errors_and_the_batch_goes_on(tmp_path):
    (tmp_path / "a.bin").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "b.txt").write_bytes(b"   \n")
    (tmp_path / "c.txt").write_text(PAGE, encoding="utf-8")
    out = list(read_inputs([str(tmp_path)]))
    errors = {Path(e.source).name: e.reason for e in out if isinstance(e, InputError)}
    assert errors["a.bin"].startswith("binary") and errors["b.txt"] == "empty input"
    assert [p.source for p in out if isinstance(p, Page)] == ["c.txt"]


def test_missing_path_and_empty_glob(tmp_path):
    out = list(read_inputs([str(tmp_path / "nope.txt"), str(tmp_path / "*.none")]))
    assert all(isinstance(e, InputError) for e in out) and len(out) == 2


def test_html_saved_by_a_browser_keeps_the_article_and_its_metadata_date(tmp_path):
    (page,) = pages(tmp_path, "page.html", BROWSER_SAVED.encode("utf-8"))
    assert isinstance(page, Page)
    assert page.published == "2024-03-05"
    assert "老挝国会代表团" in page.text and "tracker" not in page.text and "版权所有" not in page.text


def test_html_without_date_metadata_gets_no_guessed_date(tmp_path):
    html = BROWSER_SAVED.replace('<meta property="article:published_time" content="2024-03-05T08:00:00+07:00">', "")
    html = html.replace("3月5日上午", "2024年3月5日上午")  # a date in the text is no metadata
    (page,) = pages(tmp_path, "nodate.html", html.encode("utf-8"))
    assert isinstance(page, Page) and page.published is None


def test_malformed_html_still_yields_its_text_or_a_named_error(tmp_path):
    broken = "<html><body><div><p>越通社河内——越南外交部发言人表示,越南坚决反对侵犯其主权的行为。<p>双方<b>同意<div>继续"
    (page,) = pages(tmp_path, "broken.html", broken.encode("utf-8"))
    assert isinstance(page, Page) and "坚决反对" in page.text
    (err,) = pages(tmp_path, "empty.html", b"<html><body><script>x()</script></body></html>")
    assert isinstance(err, InputError) and "empty.html" in err.source


def test_jsonl_records_with_text_or_html_and_malformed_lines(tmp_path):
    lines = [
        json.dumps({"url": "https://example.org/a/1.html", "text": PAGE}, ensure_ascii=False),
        "{not json",
        json.dumps({"url": "https://example.org/b/2.html", "html": BROWSER_SAVED, "published": "2024-03-06"},
                   ensure_ascii=False),
        json.dumps({"url": "https://example.org/c"}),
        json.dumps(["a list"]),
    ]
    out = pages(tmp_path, "batch.jsonl", "\n".join(lines).encode("utf-8"))
    ok = [p for p in out if isinstance(p, Page)]
    bad = [e for e in out if isinstance(e, InputError)]
    assert [p.source for p in ok] == ["https://example.org/a/1.html", "https://example.org/b/2.html"]
    assert ok[1].published == "2024-03-06"  # the record's own field wins over the HTML's
    assert [e.source for e in bad] == ["batch.jsonl:2", "batch.jsonl:4", "batch.jsonl:5"]


def test_warc_response_records(tmp_path):
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
    record = writer.create_warc_record("https://example.org/news/1.html", "response",
                                       payload=io.BytesIO(BROWSER_SAVED.encode("utf-8")), http_headers=headers)
    writer.write_record(record)
    out = pages(tmp_path, "crawl.warc.gz", buf.getvalue())
    assert len(out) == 1 and isinstance(out[0], Page)
    assert out[0].source == "https://example.org/news/1.html" and out[0].published == "2024-03-05"
    (err,) = pages(tmp_path, "bad.warc.gz", gzip.compress(b"this is no warc"))
    assert isinstance(err, InputError)


def test_a_jsonl_batch_larger_than_one_page_may_be_is_read_record_by_record(tmp_path, monkeypatch):
    from dipnet.read import encoding

    monkeypatch.setattr(encoding, "MAX_BYTES", 2000)
    small = json.dumps({"url": "https://example.org/s", "text": PAGE * 3}, ensure_ascii=False)
    huge = json.dumps({"url": "https://example.org/h", "text": PAGE * 40}, ensure_ascii=False)
    out = pages(tmp_path, "big.jsonl", "\n".join([small, small, huge, small]).encode("utf-8"))
    assert [type(x).__name__ for x in out] == ["Page", "Page", "InputError", "Page"]
    assert out[2].source == "big.jsonl:3" and "exceeds" in out[2].reason
