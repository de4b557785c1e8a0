"""Speed of `dipnet extract` on one core against jieba on the same text.

Builds a corpus of varied real pages (benchmarks/make_corpus.py: no sentence repeats), runs
`dipnet extract corpus.jsonl -o out.jsonl` as a child process, and reports pages and characters
per second per core (CPU time of the child), wall time and the child's peak RSS; then times
jieba.posseg and jieba.cut over a random sample of the same pages, each page first normalized as
dipnet normalizes it (Traditional to Simplified, widths folded): jieba's model is Simplified, and on
unconverted Traditional text posseg crawls, which would flatter dipnet. dipnet's own figure counts
the raw characters it was given, as the comparison's do. Not a test:

    python benchmarks/bench_extract.py --pages 10000

Two more modes, run in this process with the pipeline's own stages:

    python benchmarks/bench_extract.py --stages 300      # each stage's CPU time (share, µs a character) on 300 pages
    python benchmarks/bench_extract.py --long            # time per character of one long page
    python benchmarks/bench_extract.py --long --one-line # …of one long page with no newline at all
    python benchmarks/bench_extract.py --corpus c.jsonl --before /tmp/before/src   # old vs new, back to back

`--long` joins the article bodies of generated pages (each cut at its related-news block) into one
page of 10 k, 100 k and 1 M characters (`--long-sizes` to choose) and reports each stage's CPU
microseconds per character: a figure that grows with the size is a stage that is superlinear
(a short page is run first, untimed, so that loading the knowledge base is not counted).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import generate  # noqa: E402


def write_corpus(path: Path, pages: int, seed: int) -> int:
    chars = 0
    with open(path, "w", encoding="utf-8") as f:
        for rec in generate(pages, seed):
            chars += len(rec["text"])
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return chars


def run_extract(corpus: Path, out: Path, src: Path | None = None) -> dict[str, float]:
    """The child's wall time, CPU time and peak RSS, from its own resource usage; `src`: the source
    tree (the directory holding the dipnet package) the child imports, else this process's own."""
    log = out.with_suffix(".log")
    env = dict(os.environ, PYTHONPATH=str(src.resolve())) if src else None
    t0 = time.perf_counter()
    with open(log, "wb") as err:  # a file, not a pipe: a pipe nobody reads fills up and stalls the run
        proc = subprocess.Popen([sys.executable, "-m", "dipnet.cli", "extract", str(corpus), "-o", str(out)],
                                stdout=subprocess.DEVNULL, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"dipnet extract failed:\n{log.read_text(encoding='utf-8', errors='replace')[-2000:]}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024}


def normalized_sample(corpus: Path, budget: int, seed: int) -> tuple[list[str], int]:
    """A random sample of about `budget` raw characters, each page as dipnet's normalize stage leaves it."""
    from dipnet.model import Page
    from dipnet.normalize import normalize

    with open(corpus, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    random.Random(seed).shuffle(texts)
    sample, chars = [], 0
    for t in texts:
        if chars >= budget:
            break
        sample.append(normalize(Page(source="bench", text=t)).text)
        chars += len(t)
    return sample, chars


def _positive(value: str) -> int:
    n = int(value)
    if n <= 0:  # the ratios divide by jieba's speed over these characters
        raise argparse.ArgumentTypeError(f"{value}: must be a positive number of characters")
    return n


def jieba_speeds(sample: list[str]) -> dict[str, float]:
    """CPU seconds of jieba.posseg.cut and jieba.cut over the same normalized pages."""
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(60)
    jieba.initialize()
    list(pseg.cut(sample[0][:200]))  # loads its models outside the timing
    seconds = {}
    for name, cut in (("posseg", pseg.cut), ("cut", jieba.cut)):
        t0 = time.process_time()
        for t in sample:
            for _ in cut(t):
                pass
        seconds[name] = time.process_time() - t0
    return seconds


def stage_seconds(texts: list[str], urls: list[str | None]) -> dict[str, float]:
    """CPU seconds spent in each stage (normalization included) over the pages, run in this process."""
    from dipnet.model import Page
    from dipnet.normalize import normalize
    from dipnet.pipeline import stages

    spent = {"normalize": 0.0} | {name: 0.0 for name, _ in stages()}
    for text, url in zip(texts, urls, strict=True):
        t0 = time.process_time()
        doc = normalize(Page(source="bench", text=text, url=url))
        spent["normalize"] += time.process_time() - t0
        for name, stage in stages():
            t0 = time.process_time()
            doc = stage(doc)
            spent[name] += time.process_time() - t0
    return spent


def report_stages(pages: int, seed: int) -> None:
    recs = list(generate(pages, seed))
    # a page of another draw first, untimed: the knowledge base, codebooks and patterns load once per
    # process (some 0.13 s, 4% of 500 pages), and that cost would otherwise count as the first stages'
    warm = next(iter(generate(1, seed + 1)))
    stage_seconds([warm["text"]], [warm["url"]])
    spent = stage_seconds([r["text"] for r in recs], [r["url"] for r in recs])
    total = sum(spent.values())
    chars = sum(len(r["text"]) for r in recs)
    print(f"{pages} pages, {chars:,} characters, {total:.2f} s CPU in the stages, "
          f"{1e6 * total / chars:.2f} us per character")
    for name, s in spent.items():
        print(f"  {name:10s} {s:7.2f} s  {100 * s / total:5.1f}%  {1e6 * s / chars:5.2f} us/char")


_BLOCK = re.compile(r"^\s*(?:更多|相关新闻|相关稿件|相关阅读|相关报道|延伸阅读)", re.M)


def long_page(size: int, seed: int) -> str:
    """One page of about `size` characters of real article text: the bodies of generated pages
    (no sentence repeats), each without its related-news block, one after another."""
    parts, n = [], 0
    for rec in generate(10 ** 6, seed):
        body = rec["text"]
        cut = _BLOCK.search(body)
        body = body[:cut.start()] if cut else body
        parts.append(body.strip())
        n += len(parts[-1]) + 1
        if n >= size:
            break
    return "\n".join(parts)[:size]


def report_long(sizes: list[int], seed: int, one_line: bool = False) -> None:
    print(f"one long page{' on one line' if one_line else ''}: CPU microseconds per character, by stage "
          "(growing with the size: superlinear)")
    # a short page first, untimed: the knowledge base, codebooks and patterns load once per process,
    # and that cost would otherwise count as the smallest page's
    stage_seconds([long_page(2000, seed + 1)], ["https://bench.example/warm.html"])
    for size in sizes:
        text = long_page(size, seed)
        if one_line:  # the worst case of the server's limit: no newline anywhere (one paragraph, one line)
            text = text.replace("\n", "")
        spent = stage_seconds([text], ["https://bench.example/long.html"])
        cells = "  ".join(f"{name} {1e6 * s / len(text):7.2f}" for name, s in spent.items())
        print(f"  {len(text):>9,} chars  total {1e6 * sum(spent.values()) / len(text):7.2f}  {cells}", flush=True)


def report_against(corpus: Path, chars: int, pages: int, before: Path, rounds: int, jieba_chars: int,
                   seed: int, tmp: Path) -> None:
    """The tree before a change and this one, timed back to back, `rounds` times, each round with
    jieba.posseg timed in it too: on a shared machine only figures taken together compare. The two
    trees take turns going first (the second of a pair ran some 5% faster or slower than the first
    on identical trees), and the last line takes each one's least CPU over the rounds: other load
    on the machine only ever adds time, so the least is the closest to the code's own cost."""
    sample, jc = normalized_sample(corpus, jieba_chars, seed)
    least: dict[str, float] = {}
    order: list[tuple[str, Path | None]] = [("before", before), ("after", None)]
    for k in range(1, rounds + 1):
        cpu = {}
        for tag, src in order if k % 2 else order[::-1]:
            cpu[tag] = run_extract(corpus, tmp / f"out-{tag}.jsonl", src)["cpu"]
        cpu["posseg"] = jieba_speeds(sample)["posseg"]
        least = {tag: min(s, least.get(tag, s)) for tag, s in cpu.items()}
        _print_round(f"round {k}", cpu, chars, pages, jc)
    _print_round(f"least of {rounds}", least, chars, pages, jc)


def _print_round(label: str, cpu: dict[str, float], chars: int, pages: int, jieba_chars: int) -> None:
    jsp = jieba_chars / cpu["posseg"]
    cells = "  ".join(f"{tag} {chars / cpu[tag]:,.0f} chars/s ({pages / cpu[tag]:,.1f} pages/s) = "
                      f"{chars / cpu[tag] / jsp:.2f}x posseg" for tag in ("before", "after"))
    print(f"{label}: jieba.posseg {jsp:,.0f} chars/s;  {cells};  after/before {cpu['before'] / cpu['after']:.3f}",
          flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description="dipnet extract vs jieba (posseg and cut), per core")
    ap.add_argument("--pages", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corpus", type=Path, help="reuse this corpus JSONL instead of generating one")
    ap.add_argument("--jieba-chars", type=_positive, default=300_000,
                    help="characters of the corpus that jieba is timed on (a random sample)")
    ap.add_argument("--stages", type=int, metavar="N",
                    help="instead: each stage's share of CPU time over N generated pages, in this process")
    ap.add_argument("--long", action="store_true",
                    help="instead: time per character of one long page at each of --long-sizes")
    ap.add_argument("--long-sizes", default="10000,100000,1000000",
                    help="characters of the long page, comma-separated")
    ap.add_argument("--one-line", action="store_true",
                    help="with --long: the page without its newlines, one line of text")
    ap.add_argument("--before", type=Path, metavar="SRC",
                    help="instead: this source tree (holding the dipnet package) and this one, back to back")
    ap.add_argument("--rounds", type=int, default=2, help="with --before: how many times each is timed")
    args = ap.parse_args()
    if args.stages:
        report_stages(args.stages, args.seed)
        return
    if args.long:
        report_long([int(x) for x in args.long_sizes.split(",")], args.seed, args.one_line)
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus or Path(tmp) / "corpus.jsonl"
        if args.corpus:
            with open(corpus, encoding="utf-8") as f:
                texts = [json.loads(line)["text"] for line in f]
            pages, chars = len(texts), sum(map(len, texts))
        else:
            t0 = time.perf_counter()
            pages, chars = args.pages, write_corpus(corpus, args.pages, args.seed)
            print(f"corpus: {pages:,} pages, {chars:,} characters, built in {time.perf_counter() - t0:.1f} s")
        if args.before:
            report_against(corpus, chars, pages, args.before, args.rounds, args.jieba_chars, args.seed, Path(tmp))
            return
        out = Path(tmp) / "out.jsonl"
        r = run_extract(corpus, out)
        with open(out, encoding="utf-8") as f:
            done = sum(1 for _ in f)
        print(f"dipnet extract: {done:,} records, wall {r['wall']:.1f} s, CPU {r['cpu']:.1f} s, "
              f"peak RSS {r['rss_mb']:.0f} MB")
        dip = chars / r["cpu"]
        print(f"  per core: {pages / r['cpu']:,.1f} pages/s, {dip:,.0f} characters/s")
        sample, jc = normalized_sample(corpus, args.jieba_chars, args.seed)
        for name, seconds in jieba_speeds(sample).items():
            jsp = jc / seconds
            print(f"jieba.{name} (same normalized text): {jc:,} characters in {seconds:.1f} s CPU, "
                  f"{jsp:,.0f} characters/s; dipnet / jieba.{name}: {dip / jsp:.2f}x")
        print("targets: >= 5x jieba.posseg; peak RSS < 500 MB")


if __name__ == "__main__":
    main()
