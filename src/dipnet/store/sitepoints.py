"""What the stored pages teach the site clock (timex.siteclock): the pages dated by their own metadata (a
page stamp, a date in the URL), whose article ids then bracket the dates of later pages of their sites
that carry no date of their own (issue 13: calibrate per site, and learn more from the store as dated
pages arrive)."""

from __future__ import annotations

import duckdb


def self_dated(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(url, ISO date) of the stored pages dated by their own metadata to the day or the month."""
    return con.cursor().execute(
        "SELECT url, published_text FROM documents WHERE published_method = 'metadata' "
        "AND published_precision IN ('day', 'month') AND url IS NOT NULL ORDER BY url, published_text").fetchall()
