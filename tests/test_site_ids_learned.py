"""`dipnet site-ids`: the article ids of a store's pages dated by their own metadata (a page stamp) become
calibration points that date a later page of the same site which carries no year (issue 13: calibrate per
site, and learn more from the store as dated pages arrive). Invented pages of an invented site."""

from __future__ import annotations

import json

from click.testing import CliRunner

from dipnet.cli import main
from dipnet.model import Page
from dipnet.pipeline import process_page

SITE = "https://news.example-wire.cn/world/"
STAMPED = [(f"{SITE}1000.html", "越南与老挝举行会谈\n2019-03-01 09:38:10 | 来源:示例通讯社\n越通社河内——3月1日，越南政府总理会见老挝外交部长。"),
           (f"{SITE}3000.html", "越南与柬埔寨举行会谈\n2019-09-01 10:12:00 | 来源:示例通讯社\n越通社河内——9月1日，越南政府副总理会见柬埔寨外交部长。")]
UNDATED = (f"{SITE}2000.html", "越南国家主席会见日本大使\n越通社河内——6月5日，越南国家主席在河内会见了日本驻越南大使。")


def published(url: str, text: str) -> str | None:
    doc = process_page(Page(source=url, url=url, text=text))
    return doc.published.date if doc.published else None


def test_a_stores_self_dated_pages_date_an_undated_page_of_their_site(tmp_path, monkeypatch):
    pages = tmp_path / "stamped.jsonl"
    pages.write_text("".join(json.dumps({"url": u, "text": t}, ensure_ascii=False) + "\n" for u, t in STAMPED),
                     encoding="utf-8")
    db, table = tmp_path / "s.duckdb", tmp_path / "mine.json"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(pages), "--db", str(db)]).exit_code == 0
    got = runner.invoke(main, ["site-ids", "--db", str(db), "-o", str(table)])
    assert got.exit_code == 0, got.output
    assert "2 point(s) learned from 2 self-dated page(s)" in got.output
    points = json.loads(table.read_text(encoding="utf-8"))["sites"]
    assert points["news.example-wire.cn"]["id"] == [[1000, "2019-03-01"], [3000, "2019-09-01"]]
    assert "zh.vietnamplus.vn" in points  # the calibration in force is kept beside what the store adds
    assert published(*UNDATED) is None  # no year anywhere on the page, no calibration of its site
    monkeypatch.setenv("DIPNET_SITE_IDS", str(table))
    assert published(*UNDATED) == "2019-06-05"  # its id between the two stamped pages' ids


def test_site_ids_names_a_missing_store(tmp_path):
    got = CliRunner().invoke(main, ["site-ids", "--db", str(tmp_path / "none.duckdb")])
    assert got.exit_code != 0 and "no store at" in got.output
