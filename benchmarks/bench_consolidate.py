"""Benchmark: consolidation over stores of N pages, built whole and then grown by 30 pages.

The pages are real extractions: a base store of synthetic pages (`benchmarks/make_corpus.py`,
ingested once with `dipnet ingest`) is copied into a store of N pages, copy k of each page dated
k × 60 days later (each date at its own precision) and its text enciphered (a copy-specific
rotation of the most frequent characters), so that copies are neither near-duplicates nor teasers
of one another and their events fall on other days: the events consolidation sees are the base's,
spread over a longer time, as a growing archive's are. Every step runs in a child process that
reports its own time and peak RSS (resource.getrusage), with PYTHONPATH at `--src`, so the same
stores measure any checkout's code.

Reports, per size: consolidation ms per page of the bulk build (`dipnet consolidate`), the time
and peak RSS of adding 30 pages (what `ingest` runs after storing them: incremental consolidation),
and that add's CPU ms per page added. Each time is also CPU time (user + system of every thread of
the child, from opening the store to closing it: not the interpreter's start and imports), which
other jobs on a shared machine disturb far less than the wall-clock time; each figure carries the
1-minute load average at its start and end (`*_load`). To make the CPU time independent of the
load, `--threads 1` runs DuckDB on one thread in every run (an add does anyway:
consolidate.ADD_THREADS; two threads on a loaded two-core machine add their waiting and syncing),
`--repeat N` makes each add N times, each on a fresh copy of the store, and reports the run of least
CPU time (every run's CPU s, wall s and load in `add30_runs`), and `--instructions` counts each add's
instructions too (valgrind callgrind, the run less one that only opens the store: what no other job
disturbs, at ~50-100 times the time). A last line sums up what issue 17 asks of the add: its CPU
time at each size against ADD_CPU_S, its peak RSS against ADD_RSS_MB, and whether its cost per page
is flat (the largest size's instructions, else CPU time, per page added over the smallest's, against
FLAT); and the bulk build's CPU ms per page at each size. `--add-to STORE` measures the add alone on
a copy of a store made before (its last pages stored, not consolidated yet); a run with --base keeps
each size's such store as WORK/store-N.duckdb, so the sizes whose bulk build takes long (100,000
pages: ~15 minutes alone, far longer on a loaded machine) are built once and measured many times.
`--digest FILE` writes each consolidated, cache and state table's digest (rows, sum of row hashes)
after the bulk build and after the add, so that two checkouts' tables can be compared (identical
tables, identical digests).

    python benchmarks/bench_consolidate.py --base /tmp/base.duckdb --pages 1000,10000,100000 \
        --threads 1 --repeat 3 --work /tmp/bench [--src src] [--digest digests.json]
    python benchmarks/bench_consolidate.py --add-to /tmp/bench/store-100000.duckdb --threads 1 --repeat 3

Measurements from 2026-12-05 (cs31) on are in docs/scale.md; the older ones follow.

Measured 2026-12-04 (cs21; base: 1,000 make_corpus pages ingested; --threads 1; the add's least CPU of
3 runs, 2 at 100k; 1k/10k on main 60c18201 (consolidate and store as this branch starts), 100k with derived._event_text's fix, since
main's whole build of 100k ran out of memory; load = 1-minute load average during the figure):

    pages     bulk CPU ms/page  bulk wall ms/page  bulk RSS MB  add-30 CPU s  add CPU ms/page  add wall s  add RSS MB  load
    1,000     6.39              8.22               503          1.52          50.6             1.56        289         1.6-1.7
    10,000    6.41              10.24              1,287        1.68          56.1             2.68        337         1.8-3.6
    100,000   10.59             14.0               8,757        7.03          234.3            8.06        1,470       2.3-4.3

Not flat: the add's CPU per page at 100k is 4.6 times its 1k figure (FLAT 1.5), the bulk's 1.66 times.

The bulk build's peak RSS, measured 2026-12-04 (cs23; a base of 1,000 make_corpus pages ingested anew; --threads 1;
one run each, this branch's start c9c51cf9 and then cs23 (the 10k pair twice), VmHWM of the child; load = 1-minute
load average, 2 shared cores). Consolidated, cache and state tables identical (--digest, 27 tables, bulk and add)
at 1k and 10k:

    pages    code       bulk CPU ms/page   bulk RSS MB      add-30 CPU s  add RSS MB  load (runs 1 / 2)
    1,000    c9c51cf9   6.41               527              1.70          315         5.2-5.5
    1,000    cs23       6.26               498              1.59          311         3.0-3.2
    10,000   c9c51cf9   5.92 / 6.10        1,311 / 1,312    1.79          360         3.5-4.9 / 3.6-4.4
    10,000   cs23       6.36 / 5.99        979 / 986        1.96          355         3.4-6.5 / 3.5-4.2

Where the bulk's memory went at 10,000 pages (a VmRSS sampler and tracemalloc): ~150 MB of interpreter, KB and
libraries; DuckDB up to its 256 MB (WORK_MEMORY); the entity merge's dicts (+~380 MB RSS, of which ~135 MB stay
live: the resolver's (page, name) map, the links); the largest type's reports (STATEMENT: 71k of 150k reports,
+~300 MB); and ~200 MB of Arrow memory in the writes: each page_grams chunk registered (con.register) inside the
transaction stayed alive until the COMMIT (writes.scan now). Still not within 500 MB at 10k: what is left grows
with the store (the resolver's map, a type's reports all at once) and is Python's own, which it keeps once freed
(pymalloc arenas: 445 MB held, 128 MB live, when the writes begin).

The bulk build's peak RSS, measured 2026-12-05 (cs24; the same base store; --threads 1; one run each, VmHWM of the
child; load = 1-minute load average, 2 shared cores, 1.8-6.9 with other jobs). Main 10e14e4d and this branch back to
back (the last two runs, at the same load), then each step at 10k as measured (others' load disturbs its CPU time
by up to ~15 %). All 27 consolidated, cache and state tables identical by --digest (bulk and add) at 1k and 10k
after every step:

    pages    code                                     bulk CPU ms/page   bulk RSS MB   add-30 CPU s  add RSS MB  load
    1,000    main 10e14e4d                            6.19               545           1.67          354         2.0-2.2
    1,000    cs24 at 17a4d250                         7.08 / 6.70        477 / 479     1.76          357         2.4-2.5 / 1.8
    10,000   main 10e14e4d                            6.01               1,035         1.90          402         2.0-2.4
    10,000   cs24 at 17a4d250                         6.45               657           1.89          401         2.4-2.6
    1,000    main 10e14e4d                            6.45               548           1.79          361         1.5-1.7
    1,000    cs24 (final)                             7.74               472           1.82          360         2.6-2.8
    10,000   main 10e14e4d                            5.80               1,036         2.06          406         1.8-2.6
    10,000   cs24 (final)                             6.75               608           1.93          405         3.3-4.1
    1,000    main / cs24 (final), alternating twice   6.80, 6.63 / 7.58, 7.38   543 / 472, 474        4.1-4.5
    -- each step at 10k (main alone: 5.66 ms, 1,002 MB at load 0.7-2.2; 6.55 ms, 1,021 MB at load 5.8-5.9) --
    10,000   streamed event merge (changes._compact)  6.41               890           1.79          375         2.2-2.6
    10,000   + entity merge without tuples or dicts   6.49               808           1.98          379         3.4-3.5
    10,000   + shared decoded sets, one-cluster index 6.53               801           2.14          382         4.9
    10,000   + bulk_memory, early staging             6.72               655           1.99          388         3.7-4.4
    10,000   + entity links staged, actors streamed   6.63 / 7.08        656 / 661     2.01 / 2.06   391 / 398   3.4-5.0 / 5.9-6.5
    10,000   + KB ids once, pages counted             6.39               654           1.89          400         3.1-3.2
    10,000   + entity reads within ENTITY_READ_MEMORY  6.42               605           1.93          404         2.7-3.3
    1,000    + entity reads within ENTITY_READ_MEMORY  6.97               478           1.78          357         2.6-2.7

Where the bulk's memory goes now at 10,000 pages (a VmRSS sampler with DuckDB's duckdb_memory() and pyarrow's
pool): ~150 MB of interpreter, KB and libraries; ~300 MB after the pages' preparation (of it ~75 MB freed memory
malloc_trim would give back, and the signatures and link state, now staged in the store at once); the peak, ~655 MB,
was then the entity merge's: Python ~500 MB (its maps: ~100 MB traced at their peak, the rest held by the
allocators) with DuckDB at its limit (Store.bulk_memory, 166 MB here: the entities' sorted reads and the tables
staged); with those reads within ENTITY_READ_MEMORY (96 MB) it is ~605 MB, in the writes (the entity and event merges ~580-590 sampled; Python's retained
~440 MB and DuckDB within bulk_memory). A BULK_HEADROOM of 96 MB (the limit then WRITE_FLOOR, 128 MB, at 10k) took
it to 578 MB at 10k; not kept: its sorts' margin is thin (kb_events' parts did not sort under 64 MB). The event merge stays under ~585 MB: a type's reports are clustered compact (~0.6 KB each, the largest
type's 71k in ~47 MB), then each cluster's rows are read again in cluster order and merged (store.clustered), never
a type's full reports at once. What is left grows with the store: the entity merge's maps
(the resolver's (page, name) -> entity, ~350,000 entries at 10k, and each page's local ids) and Python's retained
high-water mark, on which DuckDB's memory comes on top.

The bulk build's peak RSS, measured 2026-12-05 (cs25; the same base store; --threads 1; one run each, VmHWM of the
child; 2 shared cores, load 6-10 from other jobs). Main 44c627db and this branch back to back, main first. All 27
consolidated, cache and state tables identical by --digest (bulk and add) at 1k and 10k, after each step:

    pages    code                                     bulk CPU ms/page   bulk RSS MB   add-30 CPU s  add RSS MB  load
    1,000    main 44c627db (alone, load 0.2-0.3)      6.89               410           1.58          288         0.2-0.3
    10,000   main 44c627db (alone, load 0.4-0.9)      6.45               536           1.90          334         0.4-0.9
    1,000    main 44c627db                            9.43               446           2.61          332         8.0-8.6
    10,000   main 44c627db                            7.92               573           2.43          375         6.2-9.3
    1,000    cs25 (final)                             9.33               382           2.34          328         6.9-7.1
    10,000   cs25 (final)                             8.49               492           2.39          369         8.1-10.0
    -- a second pair at 10k, this branch first --
    10,000   cs25 (final)                             8.43               530           2.34          373         8.9-10.0
    10,000   main 44c627db                            7.71               584           2.38          379         4.6-7.9
    -- steps (the bench's child, at 10k) --
    10,000   step 1 (6f00c631)                        6.67               513           1.72          354         5.0-6.0
    10,000   step 2 (a631d07b, trims with gc.collect)  8.67               525           2.49          359         6.3-10.1

Not within 500 MB at 10k on every run: 492 and 530 in the two pairs (main 573 and 584). The peak RSS moves with the
load (main 536 MB at load 0.4-0.9, 573-584 at 5-9; this branch 492-530 at 6-10): DuckDB's
and Arrow's allocators keep freed memory for a time. An in-process sampler (VmRSS and duckdb_memory() every 0.25 s,
the main thread's stack) put this branch's 10k peak at 480-499 MB, in the entity merge (Python ~400 MB, DuckDB
within ENTITY_READ_MEMORY) and the event merge's staging, with the writes under it. Where the cut came from (10k,
sampled): the event merge within ENTITY_READ_MEMORY (its reads and staged rows spill past it: ~530 -> ~470 there);
event_text 5,000 events a chunk (TEXT_CHUNK: the bigram signatures' numpy arrays of 20,000 texts made a spike of
~60 MB); page_grams' chunks and the early staging (signatures, link state) within STAGE_MEMORY (64 MB); the sorts by
parts halved (PART_ROWS 50k, GRAM_PART_ROWS 1M, REPORT_PART_ROWS 15k, BLOCK_PART_ROWS 250k) so that the writes
hold within bulk_memory's new BULK_FLOOR (96 MB, BULK_HEADROOM 72: at 10k 166 -> 96 MB); kb_entities staged after
the entity merge; the entity merge's rows read 5,000 at a time (ITER_BATCH), its rule-found (type, name) tuples and
its names and types one object each; malloc_trim after the staging and after the entity merge (452 -> 360 MB there).
What is left: Python keeps ~385 MB through the writes (pymalloc arenas: ~175 MB held for ~70 MB live, set by the
entity merge and the largest type's clustering), so DuckDB's ~96 MB on top still reaches ~480-500.

The bulk build's peak RSS, measured 2026-12-05 (cs26; the same base store; --threads 1; VmHWM of the child; 2 shared
cores, load 3-13 from other jobs, which moved every figure here: compare rows of one load). Main 561915d3 (cs25's
code) against this branch. Not within 470 MB at 10k (505-514; main 537-578), nor 500; CPU +12-17 % at 10k in the
two loaded pairs, equal at 1k. All 27 consolidated, cache and state tables identical by --digest (bulk and add) at 1k and
10k, and at 10k for the in-process sampler's stores:

    pages    code                                     bulk CPU ms/page   bulk RSS MB   add-30 CPU s  add RSS MB  load
    1,000    main 561915d3 (two runs)                 8.42 / 8.73        409 / 410     1.93 / 2.09   344 / 347   3.4-3.8
    10,000   main 561915d3 (two runs)                 7.60 / 8.17        555 / 552     2.26 / 2.62   386 / 387   3.0-7.8
    1,000    cs26                                     10.64              407           2.74          361         8.4-10.1
    10,000   cs26                                     9.96               505           2.82          407         11.1-12.9
    -- a pair at 10k, main first, at one load (tests of other helpers and of this branch running meanwhile) --
    10,000   main 561915d3                            9.43               537           2.97          411         10.5-11.5
    10,000   cs26                                     11.00              511           3.61          411         9.8-12.5
    -- a pair at 1k, main first, at one load --
    1,000    main 561915d3                            12.16              431           2.82          370         12.7-13.2
    1,000    cs26                                     12.16              396           2.84          372         11.8-12.4
    -- a second pair at 10k, this branch first --
    10,000   cs26                                     10.37              514           3.05          417         8.7-11.7
    10,000   main 561915d3                            9.23               578           2.87          417         5.2-8.5

Where the peak was (main, an in-process VmRSS sampler every 0.1 s with the main thread's stack, 10k: 525 MB): every
phase within ~45 MB of it (the entity merge's links 524, the event merge's staging 510, the writes ~490-499, the
early staging ~480). Most of the floor under them is not Python's: DuckDB keeps the table blocks it reads cached
up to its memory limit (after the pages' preparation 43 MB of BASE_TABLE blocks for 4,000 pages' texts; a limit set
lower evicts them: RSS 325 -> 279), so each phase holds its limit whole, whatever its queries need. What cut the
peak (sampled 525 -> 502-504 MB): the preparation within PREPARE_MEMORY (32 MB; the texts are read once); the entity
and event merges within ENTITY_READ_MEMORY 64 MB (was 96); the writes within 70 MB at 10k (BULK_FLOOR 96 -> 64,
BULK_HEADROOM 72 -> 48: the parts' sorts are of a fixed size, so their room does not grow with the store); the early
staging within EARLY_STAGE_MEMORY (32 MB) of signatures made Arrow columns at once (features.feature_tables: no
bytes object and row dict a page); the entity links sorted by Arrow (no key tuple a row); the index rows 250 pages
a chunk (INDEX_CHUNK). STAGE_MEMORY stays 64 MB: an add's writes stage within it while holding the indexes they
loaded, and at 10k 32 MB failed the add (Out of Memory). Tried and not kept: the event merge's batches 5,000 ->
1,000 (SINK_EVENTS, its compact chunk, clustered.CHUNK): sampled 504 -> 497, within the noise, CPU not lower.
What is left: the peak is now the largest type's event merge (~500 sampled: its compact reports, its block index
and DuckDB's 64 MB) with the writes at ~480 (Python ~400 and DuckDB's 70 MB); Python's share (~150 MB of
interpreter, KB and libraries, ~60 MB of DuckDB's own at the store's opening, the merges' maps) is the floor.

cs26's cut came back, measured 2026-12-05 (cs27; the same base store; --threads 1; VmHWM of the child; 2 shared cores,
load 2.7-10 from other jobs: compare rows of one pair). cs26's fixed phase limits had starved a served store's whole
build (the server's `dipnet ingest` answered 500: its adds leave indexes and rows not yet checkpointed that DuckDB
cannot evict, 18.5 MB after 40 pages, and the pages' reads ran out of 32 MB). Each phase's limit is now its room
(PREPARE_MEMORY, EARLY_STAGE_MEMORY, ENTITY_READ_MEMORY) above what DuckDB holds as it begins (Store.room_above_held;
at 10k +4 MB at the preparation, +18 at the early staging, ~0 at the merges, whose staged temporary tables spill).
Main d9ea41eb against this branch; all 27 consolidated, cache and state tables identical by --digest (bulk and add)
at 1k and 10k in every run, and to cs26's at 10k:

    pages    code                                     bulk CPU ms/page   bulk RSS MB   add-30 CPU s  add RSS MB  load
    -- pair 1, main first (this branch's tests running meanwhile) --
    1,000    main d9ea41eb                            10.48              474           2.66          409         9.3-10.2
    10,000   main d9ea41eb                            9.44               602           2.92          453         9.1-10.1
    1,000    cs27                                     10.72              444           2.65          412         9.8-10.7
    10,000   cs27                                     9.64               554           2.97          454         7.4-9.7
    -- pair 2, this branch first --
    1,000    cs27                                     10.30              453           2.65          416         5.9-6.2
    10,000   cs27                                     8.46               556           2.70          455         4.3-5.6
    1,000    main d9ea41eb                            9.66               469           2.59          419         4.2-4.4
    10,000   main d9ea41eb                            8.80               618           2.75          458         5.1-7.2
    -- cs26's code (717b98b1) alone, then pair 3 at 10k, this branch first --
    10,000   cs26 717b98b1                            8.20               561           2.56          460         3.5-4.0
    10,000   cs27                                     8.27               570           2.61          461         2.7-4.0
    10,000   main d9ea41eb                            8.17               628           2.56          464         4.0-5.4

The cut holds: 10k -48 / -62 / -58 MB in the three pairs, 1k -30 / -16; the room above what is held costs nothing
measurable against cs26's fixed limits (561 against 554-570); bulk CPU within the noise (+2 %, -4 %, +1 % at 10k).
Not within 500 MB at 10k: main itself now peaks at 602-628 in these runs (537-578 in cs26's, same base store and
same ~236 MB after imports and KB), so this machine's state moves every figure by tens of MB.

cs27 was merged and reverted: DuckDB's memory_limit is the database's, shared by every cursor, so a phase's limit was
the server's readers' too, and a read landing in one answered "Out of Memory" (test_concurrency, once in five runs).
A store opened shared (Store(path, shared=True): the server's, and its writer's cursor) now leaves the limit alone
(Store.capped, Store.limit_memory); the CLI's store, this benchmark's, keeps every phase's limit. Measured
2026-12-05 (cs28; the same base store; --threads 1; VmHWM of the child; 2 shared cores, load 5-11 from other jobs and
this branch's tests). Main 5d73f5a7 against this branch; all 27 consolidated, cache and state tables identical by
--digest (bulk and add) at 1k and 10k in every run:

    pages    code                                     bulk CPU ms/page   bulk RSS MB   add-30 CPU s  add RSS MB  load
    -- pair 1, main first --
    1,000    main 5d73f5a7                            9.24               500           2.41          443         5.8-6.9
    10,000   main 5d73f5a7                            8.65               655           2.85          488         6.0-10.8
    1,000    cs28                                     10.37              477           2.70          444         10.3-10.7
    10,000   cs28                                     9.16               592           2.83          490         9.2-10.4
    -- pair 2, this branch first --
    1,000    cs28                                     9.98               481           2.54          451         8.0-9.6
    10,000   cs28                                     9.45               594           2.94          497         7.5-9.2
    1,000    main 5d73f5a7                            10.43              517           3.19          453         9.0-11.7
    10,000   main 5d73f5a7                            9.09               654           2.93          496         8.0-11.8
    -- pair 3 at 10k, this branch first --
    10,000   cs28                                     8.99               605           2.67          503         6.0-7.2
    10,000   main 5d73f5a7                            8.57               656           2.76          504         5.5-6.1
    10,000   cs28 (alone, after)                      8.62               612           2.61          507         4.5-7.4

The CLI's cut holds: 10k -63 / -60 / -51 MB, 1k -23 / -36; bulk CPU +6 %, +4 %, +5 % at 10k (loads differ by up to
4); the add unchanged. Not within 500 MB at 10k (592-605; main 654-656 here). A served store's whole build (what
POST /api/consolidate runs, on the writer's cursor with a reader's cursor open; cs26's raw 10k store, one run each):
main 654 MB (its phases' limits) and this branch 1,620 MB at 92 / 81 s CPU: without a phase's limit DuckDB keeps what
it reads cached up to the database's own limit (by default 80 % of the RAM), as a server's readers already make it
do between consolidations. A served add of 30 pages to that 10k store (update on the writer's cursor, twice each):
main 510 / 508 MB, this branch 568 / 570, CPU 2.56 / 2.59 against 2.46 / 2.43 s. Bounding a server's memory is then
the database's limit, one for readers and writer, set when the server opens the store: cs29 (store/served.py,
SERVED_MEMORY 192MB, `dipnet serve --memory`), one run each at 10k, load 3-10 -- served whole build / add peak:
256MB 791 / 565, 192MB 745 / 562, 160MB 698 / 555, 112MB 673 / 509, 64MB 625 / -- MB; a read of ~136 MB landing in a
phase (tests/test_consolidate_cs28.py) runs out of memory at 112MB and 160MB, so 192MB; main's 654 / 508-510 is not met.

What Python held at the peak was then mostly not the consolidation's (cs30, 2026-12-05): importing dipnet.consolidate
decoded dipnet.rx's whole table of kept regex programs (~20,000 programs, 12M codes, a 69 MB file in the cache
directory, grown as the extraction of pages compiles patterns of their names): 215 MB of objects in every process,
when importing dipnet.consolidate and loading the KB decodes one (after them: 346 -> 153 MB RSS). The table is now read
lazily (cachedir.LazyTable: an index, each program decoded when its pattern is compiled). It also explains earlier
runs' drift ("this machine's state", +50 MB): the table grew between them. Main d32bf191 then this branch, one run
each, the same table (19,693 programs, converted to the new file), --threads 1, VmHWM of the child, load 1-8 from
other jobs; all 27 consolidated, cache and state tables identical by --digest (bulk and add) at 1k and 10k:

    pages    code                                     bulk CPU ms/page   bulk RSS MB   add-30 CPU s  add RSS MB  load
    1,000    main d32bf191                            9.53               518           2.29          484         0.9-1.9
    10,000   main d32bf191                            8.80               629           2.82          529         2.8-8.2
    1,000    cs30                                     8.36               328           1.97          294         6.5-7.5
    10,000   cs30                                     8.60               441           2.30          338         7.0-7.9
    -- a second pair at 10k, this branch first --
    10,000   cs30                                     8.87               438           2.29          339         3.5-4.3
    10,000   main d32bf191                            9.19               635           2.82          535         4.6-6.0

A served store at 10k (cs28's scripts: the whole build on the writer's cursor with a reader's open, SERVED_MEMORY
192MB; the 30-page add on the store this branch's run kept), main / cs30: whole build 763 / 551 MB (84.7 / 79.4 s
CPU), add 575 / 379 MB (2.59 / 2.27 s CPU), kb_events equal (142,529; 142,957). Where the 10k bulk's peak is now
(cs26's VmRSS sampler, 442 MB): the event merge's staging of a type's merged rows; the writes ~427, the early
staging ~405, the entity merge ~400; tracemalloc puts Python's live objects at ~136 MB at the event merge's peak."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb

SHIFT_DAYS = 60  # one copy of the base to the next
ADDED = 30  # pages of the add measured
# what issue 17 asks of that add: CPU time at any size up to 100,000 pages, peak RSS, and a cost per page
# that does not grow with the store (largest size / smallest, CPU time per page added)
ADD_CPU_S, ADD_RSS_MB, FLAT = 10.0, 500, 1.5
# a date string moved by `k` copies, kept at its own precision (day, month, year); others as they are
SHIFT = f"""CREATE OR REPLACE MACRO shift(s, k) AS CASE
  WHEN length(s) = 10 AND try_cast(s AS DATE) IS NOT NULL
    THEN strftime(try_cast(s AS DATE) + CAST(k * {SHIFT_DAYS} AS INTEGER), '%Y-%m-%d')
  WHEN length(s) = 7 AND try_cast(s || '-01' AS DATE) IS NOT NULL
    THEN strftime(try_cast(s || '-01' AS DATE) + to_months(CAST(k * {SHIFT_DAYS} // 30 AS INTEGER)), '%Y-%m')
  WHEN length(s) = 4 AND try_cast(s AS INTEGER) IS NOT NULL
    THEN CAST(CAST(s AS INTEGER) + k * {SHIFT_DAYS} // 365 AS VARCHAR)
  ELSE s END"""


def _alphabet(con: duckdb.DuckDBPyConnection) -> str:
    """The 400 most frequent characters of the base's titles (the rotation's alphabet)."""
    text = "".join(r[0] or "" for r in con.execute("SELECT text FROM base.documents LIMIT 200").fetchall())
    counts: dict[str, int] = {}
    for ch in text:
        if "\u4e00" <= ch <= "\u9fff":
            counts[ch] = counts.get(ch, 0) + 1
    return "".join(sorted(counts, key=lambda c: (-counts[c], c))[:400])


def _cipher(col: str, alpha: str, k: int) -> str:
    rot = alpha[k % len(alpha):] + alpha[:k % len(alpha)]
    return f"translate({col}, '{alpha}', '{rot}')"


def copy_pages(db: Path, base: Path, copies: list[tuple[int, int]]) -> None:
    """Copy base pages into `db`: for each (k, n), the first n base pages (in doc_id order) as copy k."""
    con = duckdb.connect(str(db))
    con.execute(f"ATTACH '{base}' AS base (READ_ONLY)")
    con.execute(SHIFT)
    alpha = _alphabet(con)
    con.execute("BEGIN TRANSACTION")
    for k, n in copies:
        con.execute("CREATE OR REPLACE TEMP TABLE keep AS SELECT doc_id FROM base.documents ORDER BY doc_id "
                    f"LIMIT {n}")
        sfx = f"'~{k}'"
        con.execute(f"""INSERT INTO documents (doc_id, source, url, content_hash, language, title, published,
            published_text, published_precision, published_method, raw, text, record)
            SELECT doc_id || {sfx}, source || {sfx}, url || {sfx}, content_hash || {sfx}, language,
              {_cipher('title', alpha, k)}, try_cast(shift(strftime(published, '%Y-%m-%d'), {k}) AS DATE),
              shift(published_text, {k}), published_precision, published_method, NULL,
              {_cipher('text', alpha, k)}, '{{}}'
            FROM base.documents WHERE doc_id IN (FROM keep)""")
        con.execute(f"""INSERT INTO segments SELECT doc_id || {sfx}, idx, kind, start_char, end_char, brief,
            {_cipher('text', alpha, k)} FROM base.segments WHERE doc_id IN (FROM keep)""")
        con.execute(f"""INSERT INTO briefs SELECT doc_id || {sfx}, idx, {_cipher('headline', alpha, k)},
            {_cipher('summary', alpha, k)}, caption, shift(published_text, {k}), published_precision
            FROM base.briefs WHERE doc_id IN (FROM keep)""")
        con.execute(f"INSERT INTO entities SELECT doc_id || {sfx}, * EXCLUDE (doc_id) FROM base.entities "
                    "WHERE doc_id IN (FROM keep)")
        con.execute(f"INSERT INTO roles SELECT doc_id || {sfx}, person, title, shift(as_of, {k}), body, country, "
                    "evidence FROM base.roles WHERE doc_id IN (FROM keep)")
        con.execute(f"INSERT INTO events SELECT doc_id || {sfx}, idx, type, status, shift(date, {k}), "
                    f"date_precision, shift(end_date, {k}), participants, source_actors, target_actors, location, "
                    "channel, attributes, cameo, plover, evidence, start_char, end_char, brief "
                    "FROM base.events WHERE doc_id IN (FROM keep)")
        con.execute(f"INSERT INTO facts SELECT doc_id || {sfx}, subject, predicate, value, unit, shift(as_of, {k}), "
                    "evidence, brief FROM base.facts WHERE doc_id IN (FROM keep)")
        con.execute(f"INSERT INTO relations SELECT doc_id || {sfx}, a, b, level, shift(since, {k}), evidence, brief "
                    "FROM base.relations WHERE doc_id IN (FROM keep)")
    con.execute("COMMIT")
    con.close()


CHILD = """
import json, os, resource, sys, time
from dipnet.store import BulkStore
from dipnet.consolidate import consolidate
before = resource.getrusage(resource.RUSAGE_SELF)
load0, t0 = os.getloadavg()[0], time.perf_counter()
with BulkStore(sys.argv[1]) as store:
    if int(sys.argv[3]):  # DuckDB's threads for the whole run (an add sets its own: consolidate.ADD_THREADS)
        store.con.execute(f"SET threads = {int(sys.argv[3])}")
    counts = consolidate(store, incremental=sys.argv[2] == "1") if sys.argv[2] != "-" else {}
use = resource.getrusage(resource.RUSAGE_SELF)
# the peak RSS of this process's own memory (VmHWM): ru_maxrss keeps the parent's at the exec (its high-water
# mark carried over), so a parent that copied 100,000 pages reported its 1.4 GB as the add's
hwm = next(int(ln.split()[1]) for ln in open("/proc/self/status") if ln.startswith("VmHWM:"))
print(json.dumps({"seconds": time.perf_counter() - t0, "rss_mb": hwm / 1024,
                  "cpu_seconds": use.ru_utime + use.ru_stime - before.ru_utime - before.ru_stime,
                  "load": [round(load0, 2), round(os.getloadavg()[0], 2)], "events": counts.get("kb_events")}))
"""


def run_child(src: str, db: Path, incremental: bool | None, timeout: float, threads: int = 0,
              callgrind: Path | None = None) -> dict:
    """One consolidation of `db` in a child process (`threads`: DuckDB's, 0 for its default; `incremental`
    None: the store opened and closed, nothing consolidated). `callgrind`: under valgrind's callgrind,
    whose output file this is: the child's instructions in `instructions` (every thread's)."""
    env = {**os.environ, "PYTHONPATH": src, "PYTHONHASHSEED": "0"}
    mode = "-" if incremental is None else "1" if incremental else "0"
    cmd = [sys.executable, "-c", CHILD, str(db), mode, str(threads)]
    if callgrind is not None:
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={callgrind}", *cmd]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout * (60 if callgrind else 1))
    if out.returncode:  # the child's error, not only its exit status (a 100k build fails after most of an hour)
        raise RuntimeError(f"consolidation of {db} failed (exit {out.returncode}):\n{out.stderr[-4000:]}")
    got = json.loads(out.stdout.strip().splitlines()[-1])
    if callgrind is not None:
        got["instructions"] = _instructions(callgrind)
        callgrind.unlink()
    return got


def _instructions(callgrind: Path) -> int:
    """The total instructions a callgrind output file counts."""
    for line in callgrind.read_text(errors="replace").splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1])
    raise RuntimeError(f"no totals in {callgrind}")


def schema(src: str, db: Path) -> None:
    """An empty store made by the checkout under test."""
    env = {**os.environ, "PYTHONPATH": src}
    subprocess.run([sys.executable, "-c", "import sys; from dipnet.store import BulkStore; BulkStore(sys.argv[1]).close()",
                    str(db)], env=env, check=True)


# a state table's rows as digested: as every layout of it gives them (event_blocks gained its rows'
# event, which the other columns decide; event_reports keeps a report's blocks as one text, not a
# list), so that checkouts of either layout compare
DIGEST_ROWS = {"event_blocks": "struct_pack(block, okey, mention_id)",
               "event_reports": "struct_pack(mention_id, event_id, doc_id, idx, okey, blocks := {blocks}, names, refs, "
                                "countries, root)"}


def digest(db: Path) -> dict[str, list[int]]:
    """Every consolidated, cache and state table as (rows, a sum of the rows' hashes): two stores
    whose tables are identical have the same digest (--digest compares checkouts this way)."""
    con = duckdb.connect(str(db), read_only=True)
    names = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
    skip = {"documents", "segments", "briefs", "entities", "roles", "events", "facts", "relations", "problems"}
    kind = con.execute("SELECT data_type FROM duckdb_columns() WHERE table_name = 'event_reports' "
                       "AND column_name = 'blocks'").fetchall()
    listed = "blocks" if kind and kind[0][0] != "VARCHAR" else "string_split(blocks, chr(30))"
    out = {}
    for t in names:
        if t not in skip:
            row = DIGEST_ROWS[t].format(blocks=listed) if t in DIGEST_ROWS else "t"  # a row hashes as its struct
            n, h = con.execute(f"SELECT count(*), coalesce(sum(hash(x)), 0) FROM (SELECT {row} AS x FROM {t} t)").fetchone()  # type: ignore[misc]
            out[t] = [int(n), int(h)]
    con.close()
    return out


def measure(base: Path, pages: int, work: Path, src: str, timeout: float, digests: dict | None = None,
            threads: int = 0, repeat: int = 1, instructions: bool = False) -> dict:
    """The bulk build of a store of `pages` pages, then the add of ADDED more (measure_add), the store
    before the add kept as `work`/store-`pages`.duckdb for --add-to."""
    con = duckdb.connect(str(base), read_only=True)
    per = con.execute("SELECT count(*) FROM documents").fetchone()[0]  # type: ignore[index]
    con.close()
    db = work / f"bench-{pages}.duckdb"
    for f in (db, Path(str(db) + ".wal")):
        f.unlink(missing_ok=True)
    schema(src, db)
    t0 = time.perf_counter()
    full, rest = divmod(pages, per)
    copy_pages(db, base, [(k, per) for k in range(full)] + ([(full, rest)] if rest else []))
    made = time.perf_counter() - t0
    bulk = run_child(src, db, False, timeout, threads)
    if digests is not None:
        digests[f"{pages}-bulk"] = digest(db)
    # 30 new pages: the next copy's, dated after everything stored
    copy_pages(db, base, [(full + 1, ADDED)])
    kept = work / f"store-{pages}.duckdb"
    db.rename(kept)
    Path(str(db) + ".wal").unlink(missing_ok=True)
    add = measure_add(kept, work, src, timeout, digests, threads, repeat, str(pages), instructions)
    return {"pages": pages, "store_s": round(made, 1), "bulk_s": round(bulk["seconds"], 1),
            "bulk_cpu_s": round(bulk["cpu_seconds"], 1), "bulk_ms_per_page": round(1000 * bulk["seconds"] / pages, 2),
            "bulk_cpu_ms_per_page": round(1000 * bulk["cpu_seconds"] / pages, 2), "bulk_rss_mb": round(bulk["rss_mb"]),
            "bulk_load": bulk["load"], **{k: v for k, v in add.items() if k not in ("pages", "store")}}


def _add_figures(adds: list[dict]) -> dict:
    """The add's figures: of the run of least CPU time (the one other jobs disturbed least), with
    every run's CPU time, wall time and load average beside it."""
    add = min(adds, key=lambda a: a["cpu_seconds"])
    return {"add30_s": round(add["seconds"], 2), "add30_cpu_s": round(add["cpu_seconds"], 2),
            "add30_cpu_ms_per_page": round(1000 * add["cpu_seconds"] / ADDED, 1), "add30_rss_mb": round(add["rss_mb"]),
            "add30_load": add["load"], "events": add["events"],
            "add30_runs": [[round(a["cpu_seconds"], 2), round(a["seconds"], 2), a["load"][0]] for a in adds]}


def measure_add(store: Path, work: Path, src: str, timeout: float, digests: dict | None = None,
                threads: int = 0, repeat: int = 1, key: str | None = None, instructions: bool = False) -> dict:
    """The add alone, `repeat` times, each on a fresh copy of `store` (made before: its last ADDED
    pages stored, not consolidated); `instructions`: and its instructions counted (callgrind)."""
    import shutil

    db = work / f"add-{store.name}"
    con = duckdb.connect(str(store), read_only=True)
    pages = con.execute("SELECT count(*) FROM documents").fetchone()[0] - ADDED  # type: ignore[index]
    con.close()
    adds = []
    counted: dict[str | None, int] = {}
    # the runs timed, then (`instructions`) one counted by callgrind and one that only opens the store
    for i, mode in enumerate([True] * repeat + ([True, None] if instructions else [])):
        for f in (db, Path(str(db) + ".wal")):
            f.unlink(missing_ok=True)
        shutil.copy(store, db)
        try:
            if i < repeat:
                adds.append(run_child(src, db, True, timeout, threads))
            else:
                counted[str(mode)] = run_child(src, db, mode, timeout, threads, work / "cg.out")["instructions"]
            if digests is not None and i == 0:
                digests[f"{key or store.name}-add30"] = digest(db)
        finally:
            for f in (db, Path(str(db) + ".wal")):
                f.unlink(missing_ok=True)
    out = {"pages": pages, "store": str(store), **_add_figures(adds)}
    if instructions:  # the add's own: the run's less what starting and opening the store count
        out["add30_Minstr"] = round((counted["True"] - counted["None"]) / 1e6, 1)
        out["add30_Minstr_per_page"] = round(out["add30_Minstr"] / ADDED, 2)
    return out


def summary(results: list[dict]) -> dict:
    """What issue 17 asks of the add, over the sizes measured: its cost per page is flat when the
    largest size's over the smallest's is within FLAT, in instructions when counted (what no other
    job disturbs), else in CPU time."""
    by = sorted(results, key=lambda r: r["pages"])
    cost = "add30_Minstr" if all("add30_Minstr" in r for r in by) else "add30_cpu_s"
    flat = by[-1][cost] / by[0][cost] if by[0][cost] else None
    bulk = [r for r in by if "bulk_cpu_ms_per_page" in r]
    out = {"bulk_cpu_ms_per_page": {r["pages"]: r["bulk_cpu_ms_per_page"] for r in bulk},
           "bulk_growth": round(bulk[-1]["bulk_cpu_ms_per_page"] / bulk[0]["bulk_cpu_ms_per_page"], 2) if bulk else None,
           "add30_cpu_s": {r["pages"]: r["add30_cpu_s"] for r in by},
           "add30_s": {r["pages"]: r["add30_s"] for r in by},
           "add30_rss_mb": {r["pages"]: r["add30_rss_mb"] for r in by},
           "cpu_within": all(r["add30_cpu_s"] < ADD_CPU_S for r in by),
           "rss_within": all(r["add30_rss_mb"] <= ADD_RSS_MB for r in by),
           "growth_of": cost, "per_page_growth": round(flat, 2) if flat else None,
           "flat": flat is not None and flat <= FLAT}
    if cost == "add30_Minstr":
        out["add30_Minstr"] = {r["pages"]: r["add30_Minstr"] for r in by}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", type=Path, help="a store made by `dipnet ingest` of make_corpus pages")
    ap.add_argument("--add-to", type=Path, action="append", default=[],
                    help="measure the add alone on a copy of this store (its last 30 pages not consolidated)")
    ap.add_argument("--pages", default="1000,10000")
    ap.add_argument("--src", default=str(Path(__file__).resolve().parents[1] / "src"))
    ap.add_argument("--work", type=Path, default=Path("/tmp"))
    ap.add_argument("--timeout", type=float, default=1800)
    ap.add_argument("--digest", type=Path, help="write each table's digest after the bulk build and the add here")
    ap.add_argument("--threads", type=int, default=0,
                    help="DuckDB's threads in every run (0: its default; an add runs on consolidate.ADD_THREADS)")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each add (its least CPU time reported)")
    ap.add_argument("--instructions", action="store_true",
                    help="count each add's instructions too (valgrind callgrind: ~50 times as long)")
    args = ap.parse_args()
    if args.base is None and not args.add_to:
        ap.error("--base or --add-to is needed")
    digests: dict | None = {} if args.digest else None
    results = []
    for n in (int(p) for p in args.pages.split(",")) if args.base else ():
        results.append(measure(args.base, n, args.work, args.src, args.timeout, digests, args.threads,
                               args.repeat, args.instructions))
        print(json.dumps(results[-1]), flush=True)
        if args.digest:
            args.digest.write_text(json.dumps(digests, indent=1))
    for store in args.add_to:
        results.append(measure_add(store, args.work, args.src, args.timeout, digests, args.threads, args.repeat,
                                   None, args.instructions))
        print(json.dumps(results[-1]), flush=True)
        if args.digest:
            args.digest.write_text(json.dumps(digests, indent=1))
    print(json.dumps({"summary": summary(results)}), flush=True)


if __name__ == "__main__":
    main()
