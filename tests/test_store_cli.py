"""The store and the CLI end to end: extract, ingest twice, a killed ingest."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from conftest import ROOT, SEEDS, needs_corpus

sys.path.insert(0, str(ROOT / "benchmarks"))  # the kill harness is shared with the long run

DIPNET = [sys.executable, "-m", "dipnet.cli"]
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def run(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([*DIPNET, *args], capture_output=True, text=True, env=ENV, **kw)


@needs_corpus
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


@needs_corpus
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


@needs_corpus
@pytest.mark.slow
def test_a_killed_ingest_leaves_every_page_once_and_nothing_orphaned(tmp_path):
    """SIGKILLs at fixed points of an ingest (benchmarks/kill_ingest.py runs many at random points):
    at once, while it extracts, after its pages are committed and before its consolidation, and
    during its consolidation; each followed by `dipnet check`, then runs to the end. The points are
    reached by watching the run, not by a clock, so a loaded machine moves none of them."""
    from kill_ingest import make_corpus
    from kill_ingest import run as kill_run

    n = make_corpus(tmp_path / "corpus", 30)
    out = kill_run(tmp_path / "corpus", tmp_path / "k.duckdb", n, kills=0, rng=random.Random(7), max_delay=0,
                   phases=["start", "created", "stored", "consolidating", "created"])
    assert out.kills >= 3, out  # at once, while extracting, before consolidating: the run cannot be over yet
    assert out.violations == [], out.violations  # after any kill only the knowledge base may lag
    assert out.lagging >= 1, out  # the kill between the pages and their consolidation landed there
    assert out.final_pages == n and out.duplicates == 0 and out.final_broken == [], out


def test_a_store_is_created_whole_or_not_at_all(tmp_path, monkeypatch):
    """A store is made in a temporary file and linked into place, so no kill leaves a file without
    its schema; and a database file with no tables at all (DuckDB's own empty file) is an empty
    store, not a broken one."""
    from dipnet import store as store_module
    from dipnet.store import Store

    db = tmp_path / "new.duckdb"
    seen: list[tuple[str, bool]] = []
    real = store_module.duckdb.connect

    def connect(path, *a, **kw):  # while the schema is being built, nothing is at the store's path
        seen.append((str(path), db.exists()))
        return real(path, *a, **kw)

    monkeypatch.setattr(store_module.duckdb, "connect", connect)
    with Store(db) as s:
        assert s.check() == [] and s.count("documents") == 0
    assert seen[0][0] != str(db) and seen[0][1] is False and db.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.duckdb"]  # no temporary file left behind
    monkeypatch.undo()
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()  # what a kill right after DuckDB made the file used to leave
    r = run("check", "--db", str(empty))
    assert r.returncode == 0 and "sound (0 page(s))" in r.stdout, r.stdout + r.stderr


@needs_corpus
def test_check_reports_a_corrupted_store(tmp_path):
    db = tmp_path / "c.duckdb"
    assert run("ingest", *map(str, SEEDS[:3]), "--db", str(db)).returncode == 0
    ok = run("check", "--db", str(db))
    assert ok.returncode == 0 and "sound (3 page(s))" in ok.stdout, ok.stdout + ok.stderr
    with duckdb.connect(str(db)) as con:
        doc = con.execute("SELECT doc_id FROM documents ORDER BY doc_id LIMIT 1").fetchone()[0]
        con.execute("DELETE FROM documents WHERE doc_id = ?", [doc])  # its rows stay behind
        con.execute("INSERT INTO entity_links VALUES ('x', 'e1', 'person:nobody')")
        con.execute("INSERT INTO event_mentions (event_id, mention_id, doc_id, idx) VALUES ('ev:none', 'm', 'x', 0)")
        other = con.execute("SELECT doc_id FROM documents WHERE doc_id <> ? LIMIT 1", [doc]).fetchone()[0]
        con.execute("DELETE FROM events WHERE doc_id = ? AND idx = 0", [other])  # half a page
    bad = run("check", "--db", str(db))
    assert bad.returncode == 1
    for what in ("segments rows without their page", "events rows without their page",
                 "entity links to an entity that is not in kb_entities",
                 "event mentions of an event that is not in kb_events",
                 "pages whose events rows are not all there", "search index entries of a page that is not stored"):
        assert what in bad.stdout, what
    assert doc in bad.stdout and other in bad.stdout
    assert run("check", "--db", str(tmp_path / "none.duckdb")).returncode != 0


@needs_corpus
def test_public_api_extract_on_text_and_path():
    from dipnet import Document, extract

    doc = extract(SEEDS[1])
    assert isinstance(doc, Document) and doc.source == SEEDS[1].name
    again = extract(Path(SEEDS[1]).read_text(encoding="utf-8"), source="x")
    assert again.doc_id == doc.doc_id


@needs_corpus
def test_a_batch_with_a_page_the_store_refuses_stores_the_others(tmp_path, monkeypatch):
    import pyarrow as pa

    from dipnet import store as store_module
    from dipnet.errors import InputError
    from dipnet.pipeline import process_inputs
    from dipnet.store import Store

    docs = [d for d in process_inputs(map(str, SEEDS)) if not isinstance(d, InputError)]
    bad = docs[1].doc_id
    real = store_module.page_rows

    def refuse(doc, rec=None):
        if doc.doc_id == bad:
            raise pa.ArrowInvalid("a row the table cannot hold")
        return real(doc, rec)

    monkeypatch.setattr(store_module, "page_rows", refuse)
    with Store(tmp_path / "s.duckdb") as s:
        got = s.take_many([*docs, InputError("gone.txt", "cannot be read"), docs[0]])
        assert [o for o, _ in got] == ["added", "failed", "added", "added", "added", "failed", "same"]
        assert "could not be stored" in got[1][1]
        assert s.count("documents") == len(docs) - 1
        stages = sorted(r[0] for r in s.con.execute("SELECT stage FROM problems").fetchall())
        assert stages == ["read", "store"]
