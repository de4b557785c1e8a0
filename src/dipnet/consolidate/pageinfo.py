"""What the merges read of a page (source, url, title, dates of the page and its teasers), read from
the store a batch of pages at a time as they are needed, after an add (the whole build reads every
page's at once): so that an add does not read every page's row."""

from __future__ import annotations

from typing import Any

from dipnet.store import lookups, state

DOC_COLUMNS = ("doc_id", "source", "url", "title", "published_text")


class StoredPages:
    """`docs.get(doc_id, default)` and `published.get((doc_id, brief), default)` as the dicts of the
    whole build give them (build: by_doc, published), filled by `prefetch`."""

    def __init__(self, con: Any) -> None:
        self.con = con
        self.loaded: set[str] = set()
        self.docs = _Lazy(self, "by_doc")
        self.published = _Lazy(self, "dates")
        self.by_doc: dict[str, dict[str, Any]] = {}
        self.dates: dict[tuple[str, int], str | None] = {}

    def prefetch(self, docs: set[str] | list[str]) -> None:
        cur = state.unread(self.con, docs, self.loaded)
        if cur is None:
            return
        rows, briefs = lookups.page_dates(cur, DOC_COLUMNS)
        for row in rows:
            d = dict(zip(DOC_COLUMNS, row, strict=True))
            self.by_doc[d["doc_id"]] = d
            self.dates[(d["doc_id"], -1)] = d["published_text"]
        for doc, idx, pub in briefs:
            self.dates[(doc, idx)] = pub or self.dates.get((doc, -1))


class _Lazy:
    """A read-only view of StoredPages' dicts that reads a page's rows the first time it is asked."""

    def __init__(self, pages: StoredPages, table: str) -> None:
        self.pages, self.table = pages, table

    def get(self, key: Any, default: Any = None) -> Any:
        doc = key if self.table == "by_doc" else key[0]
        if doc not in self.pages.loaded:
            self.pages.prefetch([doc])
        return getattr(self.pages, self.table).get(key, default)
