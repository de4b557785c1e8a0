"""Bad inputs through the commands: the batch goes on, every failure is named, the exit status says
whether anything was read, and the files `-o` writes have the mode the umask gives."""

from __future__ import annotations

import json
import os
import stat

import duckdb
import pytest
from click.testing import CliRunner

from dipnet.cli import main
from test_read import PAGE
from test_store_cli import run

OTHER = "老挝与越南举行会谈\n\n老挝通讯社万象——3月1日,两国外交部长在万象举行会谈,同意加强合作。\n"


def test_extract_and_ingest_go_on_past_a_file_whose_name_is_not_utf8(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    with open(os.path.join(os.fsencode(pages), b"bad\xff.txt"), "wb") as f:
        f.write(PAGE.encode("utf-8"))
    (pages / "good.txt").write_text(OTHER, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = run("extract", str(pages), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert sorted(json.loads(line)["source"] for line in out.read_text(encoding="utf-8").splitlines()) == [
        "bad\\xff.txt", "good.txt"]
    db = tmp_path / "kb.duckdb"
    r = run("ingest", str(pages), "--db", str(db))
    assert r.returncode == 0, r.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select count(*) from documents").fetchone()[0] == 2


def test_ingest_exits_nonzero_when_every_input_failed(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "scan.txt").write_bytes(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)))
    (tmp_path / "in" / "blank.txt").write_bytes(b"  \n")
    r = run("ingest", str(tmp_path / "in"), "--db", str(tmp_path / "kb.duckdb"))
    assert r.returncode == 1, r.stderr
    assert "scan.txt: binary data, not a page" in r.stderr and "a PDF document" in r.stderr
    assert "blank.txt: empty input" in r.stderr and "0 page(s) added" in r.stderr


def test_an_empty_folder_is_named_with_why_nothing_was_read_and_exits_nonzero(tmp_path):
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "empty")])
    assert result.exit_code == 1
    assert f"{tmp_path / 'empty'}: a folder with no file to read under it: it is empty" in result.output


@pytest.fixture
def umask():
    def set_(mask: int) -> None:
        os.umask(mask)

    old = os.umask(0o022)
    yield set_
    os.umask(old)


@pytest.mark.parametrize("mask", [0o022, 0o027, 0o002])
def test_extract_output_has_the_mode_the_umask_gives(tmp_path, umask, mask):
    umask(mask)
    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "p.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask


def test_export_output_has_the_mode_the_umask_gives_and_a_replaced_file_keeps_its_own(tmp_path, umask):
    from dipnet.store import Store

    db = tmp_path / "kb.duckdb"
    Store(db).close()
    umask(0o027)
    out = tmp_path / "docs.csv"
    result = CliRunner().invoke(main, ["export", "documents", "--format", "csv", "-o", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    out.chmod(0o604)
    result = CliRunner().invoke(main, ["export", "documents", "--format", "csv", "-o", str(out), "--db", str(db)])
    assert result.exit_code == 0 and stat.S_IMODE(out.stat().st_mode) == 0o604
