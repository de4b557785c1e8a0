"""Commands over the store: consolidate, query, serve, export (registered on the main `dipnet`
group). Thin: every answer comes from dipnet.query, every file from dipnet.export."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from dipnet.errors import DipnetError
from dipnet.store import DEFAULT_DB, TABLES

SPECIAL = ("events", "gdelt", "plover", "graphml")
DB = click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
FMT = click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
PAGE = [click.option("--limit", type=int, default=50, show_default=True), click.option("--offset", type=int, default=0)]


def _paged(f: Callable) -> Callable:
    for opt in reversed(PAGE):
        f = opt(f)
    return f


def run_consolidate(db: str, echo: bool = True, incremental: bool = False) -> dict[str, int]:
    """Consolidate the store at `db`, saying what it built on stderr (the call `ingest` makes at its
    end, incremental: only new pages are prepared); a failure is a ClickException."""
    from dipnet.consolidate import consolidate
    from dipnet.store import BulkStore

    try:
        with BulkStore(db) as store:
            counts = consolidate(store, incremental=incremental)
    except DipnetError as exc:
        raise click.ClickException(str(exc)) from exc
    if echo:
        click.echo("dipnet: consolidated: " + ", ".join(f"{v} {k}" for k, v in counts.items()), err=True)
    return counts


def _cell(v: Any, width: int = 40) -> str:
    s = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, default=str)
    s = s.replace("\n", " ")
    return s if len(s) <= width else s[:width - 1] + "…"


def _table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "(none)"
    cols = [c for c in rows[0] if not isinstance(rows[0][c], list | dict) or c in ("participants", "exchanges")]
    cells = [[_cell(r.get(c)) for c in cols] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True))]
    lines += ["  ".join(x.ljust(w) for x, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(lines)


def _render(result: Any, fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=1, default=str))
        return
    if isinstance(result, list):
        click.echo(_table(result))
        return
    for k, v in result.items():
        if isinstance(v, list) and (not v or isinstance(v[0], dict)):
            click.echo(f"\n{k}:\n{_table(v)}")
        elif isinstance(v, dict) and "items" in v:
            click.echo(f"\n{k} ({v.get('total', len(v['items']))}):\n{_table(v['items'])}")
        elif isinstance(v, dict):
            click.echo(f"{k}: {_cell(v.get('name') or v, 100)}")
        else:
            click.echo(f"{k}: {_cell(v, 100)}")


@contextmanager
def _query(db: str):
    from dipnet.query import Query
    from dipnet.store import Store

    if not Path(db).exists():
        raise click.ClickException(f"no store at {db}")
    try:
        with Store(db, read_only=True) as store:
            yield Query(store)
    except DipnetError as exc:
        raise click.ClickException(str(exc)) from exc


def _answer(db: str, fmt: str, call: Callable[[Any], Any]) -> None:
    with _query(db) as q:
        _render(call(q), fmt)


def register(main: click.Group) -> None:
    """Add this module's commands to the main group."""

    @main.command("consolidate")
    @DB
    def consolidate_cmd(db: str) -> None:
        """Build the knowledge base across the stored pages: link pages, merge entities and events,
        timelines of roles, relationship levels and facts, the search index."""
        run_consolidate(db)

    @main.command("check")
    @DB
    def check_cmd(db: str) -> None:
        """Verify the store: each page once, no row without its page, the knowledge base referring only to
        rows that exist. Says what is wrong and exits with status 1 if anything is."""
        from dipnet.consolidate.relevents import CHECKS
        from dipnet.store import Store

        if not Path(db).exists():
            raise click.ClickException(f"no store at {db}")
        try:
            with Store(db, read_only=True) as store:
                broken = store.check(more=CHECKS)
                pages = store.count("documents")
        except DipnetError as exc:
            raise click.ClickException(str(exc)) from exc
        if not broken:
            click.echo(f"dipnet: {db}: sound ({pages} page(s))")
            return
        for what, n, rows in broken:
            click.echo(f"{db}: {what}: {n} row(s), e.g. " + "; ".join(" ".join(map(str, r)) for r in rows))
        click.echo(f"dipnet: {db}: {len(broken)} rule(s) broken", err=True)
        sys.exit(1)

    @main.command("site-ids")
    @DB
    @click.option("-o", "--output", type=click.Path(dir_okay=False), help="write here instead of stdout")
    def site_ids_cmd(db: str, output: str | None) -> None:
        """Write the site-id calibration in force with what the store's pages add: the article ids of the pages
        dated by their own metadata (a page stamp, a date in the URL). With DIPNET_SITE_IDS=FILE later runs
        date the undated pages of those sites by them (a calibration given, so that a run's output does not
        depend on what was stored before it)."""
        from dipnet.store import Store
        from dipnet.store.sitepoints import self_dated
        from dipnet.timex.siteclock import learned_from

        if not Path(db).exists():
            raise click.ClickException(f"no store at {db}")
        try:
            with Store(db, read_only=True) as store:
                pairs = self_dated(store.con)
        except DipnetError as exc:
            raise click.ClickException(str(exc)) from exc
        clock, n = learned_from(pairs)
        with _target(output) as path:
            path.write_text(json.dumps(clock.dump(f"dipnet site-ids from {Path(db).name}"), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        click.echo(f"dipnet: {n} point(s) learned from {len(pairs)} self-dated page(s) of {db}"
                   + (f"; use it with DIPNET_SITE_IDS={output}" if output else ""), err=True)

    @main.group()
    def query() -> None:
        """Ask the knowledge base (after `dipnet consolidate`)."""

    @query.command()
    @click.argument("country", default="VN")
    @click.option("--as-of", help="the date (YYYY[-MM[-DD]]); today when not given")
    @DB
    @FMT
    def registry(country: str, as_of: str | None, db: str, fmt: str) -> None:
        """COUNTRY's partners and relationship levels in force at a date, exchanges by channel, and the
        counts pages claim beside the registry's own."""
        _answer(db, fmt, lambda q: q.registry(country, as_of))

    @query.command()
    @click.option("--actor")
    @click.option("--country")
    @click.option("--type", "type_")
    @click.option("--channel")
    @click.option("--from", "date_from")
    @click.option("--to", "date_to")
    @click.option("--text")
    @DB
    @FMT
    @_paged
    def events(actor, country, type_, channel, date_from, date_to, text, db, fmt, limit, offset) -> None:
        """Consolidated events, newest first, filtered."""
        _answer(db, fmt, lambda q: q.events(actor=actor, country=country, type=type_, channel=channel,
                                            date_from=date_from, date_to=date_to, text=text, limit=limit,
                                            offset=offset))

    @query.command()
    @click.argument("event_id")
    @DB
    @FMT
    def event(event_id: str, db: str, fmt: str) -> None:
        """One event with every page and evidence span it was read from."""
        _answer(db, fmt, lambda q: q.event(event_id))

    @query.command()
    @click.argument("ref")
    @DB
    @FMT
    def person(ref: str, db: str, fmt: str) -> None:
        """A person's profile: positions over time and events."""
        _answer(db, fmt, lambda q: q.person(ref))

    @query.command()
    @click.argument("ref")
    @DB
    @FMT
    def country(ref: str, db: str, fmt: str) -> None:
        """A country dossier: relationship levels over time, events by type and year, facts."""
        _answer(db, fmt, lambda q: q.country(ref))

    @query.command()
    @click.argument("a")
    @click.argument("b")
    @DB
    @FMT
    @_paged
    def pair(a: str, b: str, db: str, fmt: str, limit: int, offset: int) -> None:
        """Two countries: levels over time, exchanges by channel and type, events."""
        _answer(db, fmt, lambda q: q.pair(a, b, limit, offset))

    @query.command()
    @click.argument("ref")
    @click.option("--from", "date_from")
    @click.option("--to", "date_to")
    @DB
    @FMT
    @_paged
    def timeline(ref, date_from, date_to, db, fmt, limit, offset) -> None:
        """The events of an actor, oldest first."""
        _answer(db, fmt, lambda q: q.timeline(ref, date_from, date_to, limit, offset))

    @query.command()
    @click.argument("text")
    @DB
    @FMT
    @_paged
    def search(text: str, db: str, fmt: str, limit: int, offset: int) -> None:
        """Full-text search over the pages (Chinese words of two characters included)."""
        _answer(db, fmt, lambda q: q.search(text, limit, offset))

    @query.command()
    @click.argument("text", required=False)
    @click.option("--type", "type_")
    @DB
    @FMT
    @_paged
    def entities(text, type_, db, fmt, limit, offset) -> None:
        """Entities of the knowledge base, by name or variant."""
        _answer(db, fmt, lambda q: q.entities(text, type_, limit, offset))

    @main.command()
    @DB
    @click.option("--host", default="127.0.0.1", show_default=True)
    @click.option("--port", default=8000, show_default=True, type=int)
    @click.option("--token-file", type=click.Path(dir_okay=False, exists=True),
                  help="accept writes (POST /api/pages) from clients sending `Authorization: Bearer TOKEN`, "
                  "TOKEN being this file's first line; or set DIPNET_TOKEN. Read-only without either")
    @click.option("--token", "token_arg", help="the token itself: deprecated, since any user of the machine can "
                  "read a command line (/proc); use --token-file or DIPNET_TOKEN")
    @click.option("--allow-host", multiple=True, metavar="NAME",
                  help="answer requests naming NAME in their Host header too (besides localhost, 127.0.0.1, ::1 "
                  "and --host); repeatable")
    @click.option("--memory", metavar="SIZE", help="DuckDB's memory limit, the same for every reader and the writer "
                  "(e.g. 512MB; default DIPNET_SERVED_MEMORY, else 192MB)")
    def serve(db: str, host: str, port: int, token_file: str | None, token_arg: str | None,
              allow_host: tuple[str, ...], memory: str | None) -> None:
        """Serve the knowledge base as a REST API (OpenAPI docs at /docs) and the web UI: read-only, or
        with a token (--token-file or DIPNET_TOKEN) the store's one writer, taking pages from `dipnet
        ingest` while it answers."""
        from dipnet.serve import run

        if not Path(db).exists():
            raise click.ClickException(f"no store at {db}")
        token = _token(token_file, token_arg)
        try:
            run(db, host, port, token, allow_hosts=allow_host, memory=memory)
        except DipnetError as exc:
            raise click.ClickException(str(exc)) from exc

    kinds = [*SPECIAL, "all", *[t for t in TABLES if t not in SPECIAL]]

    @main.command()
    @click.argument("what", type=click.Choice(kinds))
    @click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl",
                  show_default=True, help="for tables and `all` (events: jsonl)")
    @click.option("-o", "--output", type=click.Path(), help="a file (a folder for `all`); stdout when not given")
    @DB
    def export(what: str, fmt: str, output: str | None, db: str) -> None:
        """Export WHAT: consolidated `events` (JSONL with every page and evidence span), `gdelt` (a GDELT
        2.0 event file: 61 columns, no header; with -o, dipnet's own fields in FILE.dipnet.tsv),
        `plover` (PLOVER JSONL), `graphml` (the actor network), a table, or `all` tables (the
        page-level `events` table among them)."""
        from dipnet import export as ex

        with _query(db) as q:
            store = q.store
            if what == "all":
                counts = ex.export_all(store, fmt, Path(output or "export"))
                click.echo(f"dipnet: exported {len(counts)} tables to {output or 'export'}", err=True)
                return
            if what in TABLES and what not in SPECIAL:
                if fmt == "parquet" and not output:
                    raise click.ClickException("parquet needs -o FILE")
                with _target(output) as path:
                    n = ex.export_table(store, what, fmt, path)
            elif what == "gdelt" and output:  # the 61 GDELT columns, and dipnet's own fields beside them
                with _target(output) as path, open(path, "w", encoding="utf-8") as fh, \
                        _target(output + ".dipnet.tsv") as side_path, open(side_path, "w", encoding="utf-8") as side:
                    n = ex.write_gdelt(q, fh, side)
            else:
                writer = {"events": ex.write_events, "gdelt": ex.write_gdelt, "plover": ex.write_plover,
                          "graphml": ex.write_graphml}[what]
                with _target(output) as path, open(path, "w", encoding="utf-8") as fh:
                    n = writer(q, fh)
        click.echo(f"dipnet: exported {n} {what} record(s)", err=True)


def _token(token_file: str | None, token_arg: str | None) -> str | None:
    """The write token: from --token-file, DIPNET_TOKEN or (deprecated, warned) --token."""
    given = [w for w, v in (("--token-file", token_file), ("DIPNET_TOKEN", os.environ.get("DIPNET_TOKEN")),
                            ("--token", token_arg)) if v]
    if len(given) > 1:
        raise click.ClickException(f"the token is given twice ({' and '.join(given)}): give it once")
    if token_arg:
        click.echo("dipnet: warning: --token puts the token on the command line, where every user of this machine "
                   "can read it (ps, /proc): use --token-file FILE or DIPNET_TOKEN", err=True)
    token = token_arg or os.environ.get("DIPNET_TOKEN") or None
    if token_file:
        path = Path(token_file)
        lines = path.read_text(encoding="utf-8").splitlines()
        token = lines[0].strip() if lines else ""
        if path.stat().st_mode & 0o077:
            click.echo(f"dipnet: warning: {token_file} can be read by other users (chmod 600 it)", err=True)
    if token is not None and len(token) < 16:
        raise click.ClickException("the token: use at least 16 characters (e.g. `openssl rand -hex 16`)")
    return token


@contextmanager
def _target(output: str | None):
    """A temporary file renamed onto `output` when done (whole or not at all), or copied to stdout."""
    folder = os.path.dirname(os.path.abspath(output)) if output else None
    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".part")
    if output:
        from dipnet.files import give_mode

        give_mode(fd, output)  # mkstemp's 0600 would outlive the rename: the umask decides, as for open()
    os.close(fd)
    try:
        yield Path(tmp)
        if output:
            os.replace(tmp, output)
        else:
            with open(tmp, "rb") as fh:
                shutil.copyfileobj(fh, sys.stdout.buffer)  # a block at a time, not the whole export in memory
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
