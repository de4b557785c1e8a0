"""The store and the CLI end to end: extract, ingest twice, a killed ingest."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from conftest import ROOT, SEEDS

DIPNET = [sys.executable, "-m", "dipnet.cli"]
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def run(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([*DIPNET, *args], capture_output=True, text=True, env=ENV, **kw)


def test_extract_writes_one_record_per_page_in_the_contract(tmp_path):
    out = tmp_path / "out.jsonl"
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    r = run("extract", *map(str, SEEDS), str(bad), "--format", "jsonl", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "bad.bin: binary" in r.stderr
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in recs] == [p.name for p in SEEDS]
    for key in ("doc_id", "language", "title", "published", "segments", "briefs", "entities", "roles",
                "events", "facts", "relations"):
        assert all(key in rec for rec in recs), key
    assert not list(tmp_path.glob("*.part"))
    assert run("extract", str(bad), "-o", str(tmp_path / "none.jsonl")).returncode == 1
    assert not (tmp_path / "none.jsonl").exists()  # nothing half-written


def test_ingest_twice_stores_each_distinct_page_once(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for p in SEEDS[:3]:
        shutil.copy(p, pages / p.name)
    shutil.copy(SEEDS[0], pages / "copy_of_first.txt")  # same content, other name
    db = tmp_path / "s.duckdb"
    assert run("ingest", str(pages), "--db", str(db)).returncode == 0
    r = run("ingest", str(pages), "--db", str(db))
    assert "0 page(s) added, 4 already stored" in r.stderr
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 3
    assert con.execute("SELECT count(DISTINCT doc_id) FROM segments").fetchone()[0] == 3


def test_a_killed_ingest_leaves_the_store_consistent(tmp_path):
    pages = tmp_path / "many"
    pages.mkdir()
    for i in range(150):  # distinct content, so every page is written
        for p in SEEDS:
            (pages / f"{i:03d}_{p.name}").write_text(p.read_text(encoding="utf-8") + f"\n第{i}次", encoding="utf-8")
    db = tmp_path / "k.duckdb"
    proc = subprocess.Popen([*DIPNET, "ingest", str(pages), "--db", str(db)], env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    wal = db.with_name(db.name + ".wal")

    def written() -> int:
        return sum(f.stat().st_size for f in (db, wal) if f.exists())

    while time.time() < deadline and written() < 1_000_000:  # well into the batch, far from its end
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    con = duckdb.connect(str(db), read_only=True)
    n_docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 0 < n_docs < 750
    orphans = con.execute("SELECT count(*) FROM segments WHERE doc_id NOT IN (SELECT doc_id FROM documents)").fetchone()[0]
    missing = con.execute("SELECT count(*) FROM documents d WHERE NOT EXISTS "
                          "(SELECT 1 FROM segments s WHERE s.doc_id = d.doc_id)").fetchone()[0]
    assert orphans == 0 and missing == 0
    con.close()
    r = run("ingest", str(pages), "--db", str(db))  # a rerun completes the batch
    assert r.returncode == 0
    assert duckdb.connect(str(db), read_only=True).execute("SELECT count(*) FROM documents").fetchone()[0] == 750


def test_public_api_extract_on_text_and_path():
    from dipnet import Document, extract

    doc = extract(SEEDS[1])
    assert isinstance(doc, Document) and doc.source == SEEDS[1].name
    again = extract(Path(SEEDS[1]).read_text(encoding="utf-8"), source="x")
    assert again.doc_id == doc.doc_id
