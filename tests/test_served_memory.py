"""A served store has one memory limit, set when it is opened (issue 17, cs29). DuckDB's memory_limit is the
database's, every cursor's, so a shared store's phases leave it alone (cs28: tests/test_consolidate_cs28.py);
left at DuckDB's default (80 % of the RAM), a served whole build cached blocks up to it. The limit is
store.served.SERVED_MEMORY, or $DIPNET_SERVED_MEMORY, or `dipnet serve --memory` / create_app(memory=...)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from dipnet.consolidate import consolidate, update
from dipnet.errors import StoreError
from dipnet.store import Store
from dipnet.store.served import SERVED_MEMORY, SERVED_MEMORY_ENV
from test_consolidate import build_store
from test_consolidate_cs27 import _more_pages

LIMIT = "SELECT current_setting('memory_limit')"


def shown(size: str) -> str:
    """How DuckDB shows a limit of `size` (256MB is 244.1 MiB to it)."""
    with duckdb.connect() as con:
        con.execute(f"SET memory_limit = '{size}'")
        return str(con.execute(LIMIT).fetchall()[0][0])


def limit_of(con: duckdb.DuckDBPyConnection) -> str:
    return str(con.execute(LIMIT).fetchall()[0][0])


@pytest.fixture
def kb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv(SERVED_MEMORY_ENV, raising=False)
    return build_store(tmp_path / "kb.duckdb")


def test_a_shared_store_holds_its_one_limit_on_every_cursor_through_an_add_and_a_whole_build(kb):
    """The server's store; the CLI's (not shared) keeps DuckDB's default between its phases' limits, as before."""
    with Store(kb) as cli:
        assert limit_of(cli.cursor()) == limit_of(duckdb.connect())
    store = Store(kb, shared=True)
    try:
        writer, reader = store.for_thread(), store.cursor()
        assert limit_of(reader) == limit_of(writer.con) == shown(SERVED_MEMORY)
        writer.add_many(_more_pages(3))
        update(writer)
        assert limit_of(reader) == shown(SERVED_MEMORY)
        consolidate(writer)
        assert limit_of(reader) == limit_of(store.cursor()) == shown(SERVED_MEMORY)
    finally:
        store.close()


def test_the_limit_is_the_callers_then_the_environments_then_the_constant(kb, monkeypatch):
    monkeypatch.setenv(SERVED_MEMORY_ENV, "300MB")
    with Store(kb, shared=True) as store:
        assert limit_of(store.cursor()) == shown("300MB")
    with Store(kb, shared=True, memory="1GiB") as store:
        assert limit_of(store.cursor()) == shown("1GiB")
    with Store(kb, read_only=True, shared=True, memory="200MB") as store:  # a server without a token
        assert limit_of(store.cursor()) == shown("200MB")


def test_a_size_that_is_no_size_is_refused_before_the_file_is_opened(tmp_path, monkeypatch):
    for bad in ("lots", "256MB'; DROP TABLE documents; --", "12"):
        with pytest.raises(StoreError, match="not a memory size"):
            Store(tmp_path / "new.duckdb", shared=True, memory=bad)
    assert not (tmp_path / "new.duckdb").exists()
    monkeypatch.setenv(SERVED_MEMORY_ENV, "a lot")
    with pytest.raises(StoreError, match="not a memory size"):
        Store(tmp_path / "new.duckdb", shared=True)


def test_the_server_opens_its_store_with_the_limit_it_is_given(kb):
    from dipnet.serve import create_app

    app = create_app(str(kb), memory="192MB")  # read-only: no writer thread
    try:
        assert limit_of(app.state.store.cursor()) == shown("192MB")
    finally:
        app.state.store.close()


def test_dipnet_serve_hands_its_memory_option_to_the_server(kb, monkeypatch):
    import dipnet.serve
    from dipnet.cli import main

    seen: dict[str, object] = {}
    monkeypatch.setattr(dipnet.serve, "run", lambda *a, **kw: seen.update(kw))
    out = CliRunner().invoke(main, ["serve", "--db", str(kb), "--memory", "384MB"])
    assert out.exit_code == 0, out.output
    assert seen["memory"] == "384MB"
