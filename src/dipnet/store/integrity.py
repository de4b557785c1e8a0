"""The rules a sound store keeps (`dipnet check`, Store.check): each a query of the rows that break it."""

from __future__ import annotations

from dipnet.store.tallies import recount_differs

# ---- integrity (`dipnet check`) -----------------------------------------------------------------
# Each check is a query of the rows that break one rule, as (what, sample) pairs; none may come back.
# The per-page rules hold after any crash (a page is one transaction); the consolidated ones hold
# after every finished `dipnet consolidate`, so a break there after a crash means: run it again.
_PAGE_TABLES = ("segments", "briefs", "entities", "roles", "events", "facts", "relations")
INTEGRITY: list[tuple[str, str]] = [
    ("pages stored more than once (same content hash)",
     "SELECT content_hash, count(*) || ' copies' FROM documents GROUP BY content_hash HAVING count(*) > 1"),
    ("pages stored more than once (same doc_id)",
     "SELECT doc_id, count(*) || ' copies' FROM documents GROUP BY doc_id HAVING count(*) > 1"),
    ("pages without a content hash", "SELECT doc_id, source FROM documents WHERE content_hash IS NULL"),
    *[(f"{t} rows without their page",
       f"SELECT doc_id, count(*) || ' row(s)' FROM {t} WHERE doc_id NOT IN (SELECT doc_id FROM documents) "
       "GROUP BY doc_id") for t in _PAGE_TABLES],
    *[(f"pages whose {t} rows are not all there (their record lists more or fewer)",
       f"SELECT d.doc_id, coalesce(n, 0) || ' of ' || coalesce(json_array_length(d.record, '$.{t}'), 0) "
       f"FROM documents d LEFT JOIN (SELECT doc_id, count(*) AS n FROM {t} GROUP BY doc_id) c USING (doc_id) "
       f"WHERE coalesce(n, 0) <> coalesce(json_array_length(d.record, '$.{t}'), 0)") for t in _PAGE_TABLES[1:]],
    ("pages with text but no segments (and no problem of the segment stage to say why)",
     "SELECT doc_id, source FROM documents d WHERE length(trim(d.text)) > 0 "
     "AND doc_id NOT IN (SELECT doc_id FROM segments) "
     "AND NOT list_contains(coalesce(json_extract_string(d.record, '$.problems[*].stage'), []), 'segment')"),
    ("segments outside their page's text",
     "SELECT s.doc_id, s.idx FROM segments s JOIN documents d USING (doc_id) "
     "WHERE s.start_char < 0 OR s.end_char < s.start_char OR s.end_char > length(d.text)"),
    ("entity links to a page that is not stored",
     "SELECT doc_id, local_id FROM entity_links WHERE doc_id NOT IN (SELECT doc_id FROM documents)"),
    ("entity links to an entity that is not in kb_entities",
     "SELECT doc_id || ' ' || local_id, entity_id FROM entity_links "
     "WHERE entity_id NOT IN (SELECT entity_id FROM kb_entities)"),
    ("entities of a page without their link to kb_entities (run `dipnet consolidate`)",
     "SELECT e.doc_id, e.entity_id FROM entities e LEFT JOIN entity_links l "
     "ON l.doc_id = e.doc_id AND l.local_id = e.entity_id WHERE l.entity_id IS NULL"),
    ("event mentions of an event that is not in kb_events",
     "SELECT mention_id, event_id FROM event_mentions WHERE event_id NOT IN (SELECT event_id FROM kb_events)"),
    ("event mentions of a page event that is not stored",
     "SELECT m.mention_id, m.doc_id || '#' || m.idx FROM event_mentions m LEFT JOIN events e "
     "ON e.doc_id = m.doc_id AND e.idx = m.idx WHERE e.doc_id IS NULL"),
    ("events of a page not in any kb_event (run `dipnet consolidate`)",
     "SELECT e.doc_id, e.idx FROM events e LEFT JOIN event_mentions m ON m.doc_id = e.doc_id AND m.idx = e.idx "
     "WHERE m.event_id IS NULL"),
    ("kb_events without any mention", "SELECT event_id, type FROM kb_events "
     "WHERE event_id NOT IN (SELECT event_id FROM event_mentions)"),
    ("event actors of an event that is not in kb_events",
     "SELECT event_id, entity_id FROM event_actors WHERE event_id NOT IN (SELECT event_id FROM kb_events)"),
    # event actors are not checked against kb_entities: an actor may be a knowledge-base entry that no
    # page named as an entity (瑞士 behind 日内瓦协议) or a name of its own (actor:~…)
    ("actor_stats that do not add up to event_actors",
     "SELECT 'actor_stats', (SELECT coalesce(sum(n), 0) FROM actor_stats) || ' counted, ' || "
     "(SELECT count(*) FROM event_actors) || ' event actors' "
     "WHERE (SELECT coalesce(sum(n), 0) FROM actor_stats) <> (SELECT count(*) FROM event_actors)"),
    ("pair_exchanges_years that do not add up to pair_exchanges",
     "SELECT 'pair_exchanges_years', (SELECT coalesce(sum(n), 0) FROM pair_exchanges_years) || ' counted, ' || "
     "(SELECT coalesce(sum(n), 0) FROM pair_exchanges) || ' by day' "
     "WHERE (SELECT coalesce(sum(n), 0) FROM pair_exchanges_years) <> (SELECT coalesce(sum(n), 0) FROM pair_exchanges)"),
    ("kb_events without their searched text, or text of an event not in kb_events",
     "SELECT event_id, 'no event_text' FROM kb_events WHERE event_id NOT IN (SELECT event_id FROM event_text) "
     "UNION ALL SELECT event_id, 'no kb_event' FROM event_text WHERE event_id NOT IN (SELECT event_id FROM kb_events)"),
    ("page links to a page that is not stored",
     "SELECT doc_a, doc_b FROM page_links WHERE doc_a NOT IN (SELECT doc_id FROM documents) "
     "OR doc_b NOT IN (SELECT doc_id FROM documents)"),
    ("search index entries of a page that is not stored",
     "SELECT doc_id, count(*) || ' gram(s)' FROM page_grams WHERE doc_id NOT IN (SELECT doc_id FROM documents) "
     "GROUP BY doc_id"),
    ("pages not in the search index (run `dipnet consolidate`)",
     "SELECT doc_id, source FROM documents WHERE doc_id NOT IN (SELECT doc_id FROM page_grams) "
     "AND regexp_matches(coalesce(title, '') || coalesce(text, ''), '[0-9A-Za-z\\x{3400}-\\x{9fff}]')"),
    # the stored totals an add updates by difference (store.tallies), against a recount of every link (relation_pairs
    # is recounted by consolidate.relevents.pairs_differ: its pairs are the data files' reading of each event)
    ("entity tallies that differ from a recount of entity_links (`dipnet consolidate` makes them again)",
     recount_differs()),
    ("relation timeline entries of an event that is not in kb_events",
     "SELECT pair_a || ' ' || pair_b, event_id FROM relation_timeline "
     "WHERE event_id IS NOT NULL AND event_id NOT IN (SELECT event_id FROM kb_events)"),
]
