"""The store's tables: those of extracted pages, the consolidated knowledge base, and how they are
written (the order of their rows, the groups an incremental consolidation rewrites them by)."""

from __future__ import annotations

from dipnet.store.state import LINK_TABLES, STATE_TABLES
from dipnet.store.tallies import TABLES_SQL
from dipnet.textsig import GRAM_WORDS

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY, source VARCHAR, url VARCHAR, content_hash VARCHAR UNIQUE,
    language VARCHAR, title VARCHAR, published DATE, published_text VARCHAR,
    published_precision VARCHAR, published_method VARCHAR, raw VARCHAR, text VARCHAR,
    record JSON, ingested_at TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE IF NOT EXISTS segments (
    doc_id VARCHAR, idx INTEGER, kind VARCHAR, start_char INTEGER, end_char INTEGER,
    brief INTEGER, text VARCHAR, PRIMARY KEY (doc_id, idx));
CREATE TABLE IF NOT EXISTS briefs (
    doc_id VARCHAR, idx INTEGER, headline VARCHAR, summary VARCHAR, caption VARCHAR,
    published_text VARCHAR, published_precision VARCHAR, PRIMARY KEY (doc_id, idx));
CREATE TABLE IF NOT EXISTS entities (
    doc_id VARCHAR, entity_id VARCHAR, type VARCHAR, name VARCHAR, kb_id VARCHAR,
    country VARCHAR, sector VARCHAR, mentions JSON, external JSON);
CREATE TABLE IF NOT EXISTS roles (
    doc_id VARCHAR, person VARCHAR, title VARCHAR, as_of VARCHAR, body VARCHAR, country VARCHAR,
    evidence VARCHAR);
CREATE TABLE IF NOT EXISTS events (
    doc_id VARCHAR, idx INTEGER, type VARCHAR, status VARCHAR, date VARCHAR,
    date_precision VARCHAR, end_date VARCHAR, participants JSON, source_actors JSON,
    target_actors JSON, location VARCHAR, channel VARCHAR, attributes JSON, cameo VARCHAR,
    plover VARCHAR, evidence VARCHAR, start_char INTEGER, end_char INTEGER, brief INTEGER);
CREATE TABLE IF NOT EXISTS facts (
    doc_id VARCHAR, subject VARCHAR, predicate VARCHAR, value JSON, unit VARCHAR,
    as_of VARCHAR, evidence VARCHAR, brief INTEGER);
CREATE TABLE IF NOT EXISTS relations (
    doc_id VARCHAR, a VARCHAR, b VARCHAR, level VARCHAR, since VARCHAR, evidence VARCHAR,
    brief INTEGER);
CREATE TABLE IF NOT EXISTS problems (
    source VARCHAR, stage VARCHAR, reason VARCHAR, noted_at TIMESTAMP DEFAULT current_timestamp);
"""

# The knowledge base across documents, rebuilt whole by `dipnet consolidate` (dipnet.consolidate).
CONSOLIDATED = """
CREATE TABLE IF NOT EXISTS kb_entities (
    entity_id VARCHAR PRIMARY KEY, type VARCHAR, name VARCHAR, kb_id VARCHAR, country VARCHAR,
    sector VARCHAR, external JSON, variants JSON, n_docs INTEGER);
CREATE TABLE IF NOT EXISTS entity_links (doc_id VARCHAR, local_id VARCHAR, entity_id VARCHAR);
CREATE TABLE IF NOT EXISTS page_links (
    doc_a VARCHAR, doc_b VARCHAR, kind VARCHAR, brief INTEGER, score DOUBLE);
CREATE TABLE IF NOT EXISTS kb_events (
    event_id VARCHAR PRIMARY KEY, type VARCHAR, status VARCHAR, date VARCHAR, date_precision VARCHAR,
    end_date VARCHAR, day_lo DATE, day_hi DATE, year INTEGER, participants JSON,
    participant_ids JSON, source_actors JSON, target_actors JSON, location VARCHAR,
    location_id VARCHAR, channel VARCHAR, attributes JSON, cameo VARCHAR, plover VARCHAR,
    n_mentions INTEGER, n_pages INTEGER, evidence VARCHAR);
CREATE TABLE IF NOT EXISTS event_mentions (
    event_id VARCHAR, mention_id VARCHAR, doc_id VARCHAR, idx INTEGER, source VARCHAR, url VARCHAR,
    brief INTEGER, evidence VARCHAR, start_char INTEGER, end_char INTEGER, date VARCHAR,
    published VARCHAR);
CREATE TABLE IF NOT EXISTS event_actors (
    event_id VARCHAR, entity_id VARCHAR, name VARCHAR, kind VARCHAR, day_lo DATE, day_hi DATE,
    type VARCHAR, channel VARCHAR, year INTEGER);
CREATE TABLE IF NOT EXISTS role_timeline (
    person_id VARCHAR, person VARCHAR, title VARCHAR, body VARCHAR, country VARCHAR,
    first_seen VARCHAR, last_seen VARCHAR, n_docs INTEGER, doc_ids JSON, evidence VARCHAR,
    origin VARCHAR);
CREATE TABLE IF NOT EXISTS relation_timeline (
    pair_a VARCHAR, pair_b VARCHAR, a VARCHAR, b VARCHAR, level VARCHAR, since VARCHAR,
    attested VARCHAR, in_force DATE, event_id VARCHAR, doc_ids JSON, evidence VARCHAR);
CREATE TABLE IF NOT EXISTS fact_claims (
    claim_id VARCHAR, subject VARCHAR, subject_id VARCHAR, predicate VARCHAR, value JSON,
    value_num DOUBLE, unit VARCHAR, as_of VARCHAR, as_of_day DATE, first_published VARCHAR,
    n_docs INTEGER, doc_ids JSON, evidence VARCHAR);
CREATE TABLE IF NOT EXISTS page_grams (gram VARCHAR, doc_id VARCHAR);
CREATE TABLE IF NOT EXISTS actor_stats (
    entity_id VARCHAR, type VARCHAR, year INTEGER, channel VARCHAR, n BIGINT);
CREATE TABLE IF NOT EXISTS pair_exchanges (
    country VARCHAR, partner VARCHAR, channel VARCHAR, day DATE, n BIGINT);
CREATE TABLE IF NOT EXISTS pair_exchanges_years (
    country VARCHAR, partner VARCHAR, channel VARCHAR, year INTEGER, n BIGINT);
CREATE TABLE IF NOT EXISTS event_text (
    event_id VARCHAR, text VARCHAR, s0 UBIGINT, s1 UBIGINT, s2 UBIGINT, s3 UBIGINT, s4 UBIGINT, s5 UBIGINT,
    s6 UBIGINT, s7 UBIGINT, {grams});
"""
# g0..g31: the signature of the text's runs of 3 and 4 characters (dipnet.textsig.gram_signatures;
# a store made before lacks them until opened for writing: store.derived.text_upgrade)
CONSOLIDATED = CONSOLIDATED.replace("{grams}", ", ".join(f"g{w} UBIGINT" for w in range(GRAM_WORDS)))
CONSOLIDATED += TABLES_SQL  # the entities' tallies, derived from entity_links (store.tallies)
# No index on page_grams: search finds its grams by a semi-join, which reads the table (sorted by
# gram, so that zone maps skip what no gram can match) and never an index; yet an ART index lives in
# memory whole, past DuckDB's work cap: ~2 bytes a row, 50 million rows at 100,000 pages (the 100k
# bulk build ran out of memory building it), and an add loaded it whole to insert its pages' rows.
INDEXES = """
CREATE INDEX IF NOT EXISTS ea_entity ON event_actors (entity_id);
CREATE INDEX IF NOT EXISTS em_event ON event_mentions (event_id);
DROP INDEX IF EXISTS pg_gram;
"""
# the order rows are written in, so that DuckDB's zone maps skip what a filter cannot match
SORTED = {"event_actors": "entity_id, day_lo, event_id", "kb_events": "day_lo, event_id",
          "event_mentions": "event_id, doc_id, start_char", "page_grams": "gram, doc_id",
          "page_bands": "kind, band, key", "page_heads": "head"}
EXTRACTED_TABLES = ("documents", "segments", "briefs", "entities", "roles", "events", "facts", "relations",
                    "problems")
CONSOLIDATED_TABLES = ("kb_entities", "entity_links", "page_links", "kb_events", "event_mentions",
                       "event_actors", "role_timeline", "relation_timeline", "fact_claims", "page_grams",
                       "actor_stats", "pair_exchanges", "pair_exchanges_years", "event_text")
TABLES = EXTRACTED_TABLES + CONSOLIDATED_TABLES
# per-page preparation of consolidation kept between runs (page_grams, the search index, is one too)
CACHE_TABLES = ("page_features", "brief_features", "page_grams", *STATE_TABLES, *LINK_TABLES, "relation_pairs")
# what an incremental consolidation rewrites a table by: the groups of rows (by this column) that differ
GROUPS = {"kb_entities": "entity_id", "entity_links": "doc_id", "page_links": "doc_a", "role_timeline": "person_id",
          "relation_timeline": "pair_a", "fact_claims": "claim_id"}
EVENT_TABLES = ("kb_events", "event_mentions", "event_actors")
