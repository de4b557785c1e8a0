"""A synthetic corpus for speed runs: the real seed and dev pages, varied so that no sentence
repeats anywhere in the corpus. Countries, people, numbers and dates are drawn at random, and the
body's sentences are shuffled, so nothing a run could cache from one page fits the next.

`python benchmarks/make_corpus.py --pages 10000 -o corpus.jsonl` writes JSONL `{url, text}` records,
the shape a crawler hands over."""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import ahocorasick_rs

from dipnet.kb import load_kb
from dipnet.recognize.lexicon import name_rules

SHARED = Path(__file__).resolve().parents[2] / "shared"
_SENTENCE = re.compile(r"[^。!?;\n]*[。!?;]|[^。!?;\n]+")
_NUMBER = re.compile(r"\d+")


def real_pages(shared: Path = SHARED) -> list[str]:
    pages = [p.read_text(encoding="utf-8") for p in sorted((shared / "corpus" / "seeds").glob("*.txt"))]
    with open(shared / "corpus" / "dev" / "pages.jsonl", encoding="utf-8") as f:
        pages += [json.loads(line)["text"] for line in f if line.strip()]
    return pages


class Varier:
    """Rewrites a page with other names, numbers and sentence order, drawn from one random stream."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        kb = load_kb()
        entries = list(kb.entries.values())
        self.countries = sorted({e.name for e in entries if e.type == "COUNTRY" and not e.name.isascii()})
        people = [e for e in entries if e.type == "PERSON"]
        self.dotted = sorted({p for e in people for p in e.name.split("·") if "·" in e.name and len(p) >= 2})
        rules = name_rules()
        self.surnames = sorted(s for s in rules.surnames if len(s) == 1)
        self.given = sorted({ch for e in people if "·" not in e.name for ch in e.name[1:]})
        forms = sorted({n for e in entries if e.type in ("COUNTRY", "PERSON") for n in (e.name, *e.aliases)
                        if len(n) >= 2 and not n.isascii()}, key=len, reverse=True)
        self.kind = {}
        for e in entries:
            for n in (e.name, *e.aliases):
                self.kind.setdefault(n, e.type)
        self.forms = forms
        self.finder = ahocorasick_rs.AhoCorasick(forms, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
        self.seen: set[bytes] = set()

    def person(self) -> str:
        if self.rng.random() < 0.3 and len(self.dotted) > 3:
            return "·".join(self.rng.sample(self.dotted, 2))
        return self.rng.choice(self.surnames) + "".join(self.rng.choices(self.given, k=self.rng.choice((1, 2))))

    def number(self, m: re.Match[str]) -> str:
        s = m.group()
        if len(s) == 4 and s[:2] in ("19", "20"):
            return str(self.rng.randint(1990, 2026))
        if len(s) <= 2:  # a day, a month or a small count: what stays valid as any of them
            return str(self.rng.randint(1, 28 if m.string.startswith(("日", "号"), m.end()) else 12))
        return str(self.rng.randint(10 ** (len(s) - 1), 10 ** len(s) - 1))

    def names(self, text: str) -> str:
        # one draw per distinct name on the page, so a page stays about the same actors
        chosen: dict[str, str] = {}
        out, last = [], 0
        for idx, s, e in self.finder.find_matches_as_indexes(text):
            form = self.forms[idx]
            if form not in chosen:
                chosen[form] = self.rng.choice(self.countries) if self.kind.get(form) == "COUNTRY" else self.person()
            out += [text[last:s], chosen[form]]
            last = e
        out.append(text[last:])
        return "".join(out)

    def unique(self, sentence: str) -> str:
        """The sentence, or a variant of it that the corpus does not yet hold."""
        while True:
            key = hashlib.blake2b(sentence.encode("utf-8"), digest_size=12).digest()
            if len(sentence.strip()) < 4 or key not in self.seen:
                self.seen.add(key)
                return sentence
            sentence = f"{self.rng.randint(1990, 2026)}年{self.rng.randint(1, 12)}月{self.rng.randint(1, 28)}日," \
                       f"{self.person()}表示," + sentence

    def page(self, text: str) -> str:
        text = _NUMBER.sub(self.number, self.names(text))
        varied = []
        for i, line in enumerate(text.split("\n")):
            parts = _SENTENCE.findall(line)
            if i >= 2 and len(parts) > 2:  # below the headline, the sentences of a paragraph are shuffled
                rest = parts[1:]
                self.rng.shuffle(rest)
                parts = parts[:1] + rest
            varied.append("".join(self.unique(p) for p in parts))
        return "\n".join(varied)


def generate(n: int, seed: int = 1) -> Iterator[dict[str, str]]:
    pages = real_pages()
    v = Varier(seed)
    for i in range(n):
        base = pages[v.rng.randrange(len(pages))]
        yield {"url": f"https://bench.example/{seed}/{i}.html", "text": v.page(base)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()
    chars = 0
    with open(args.output, "w", encoding="utf-8") as f:
        for rec in generate(args.pages, args.seed):
            chars += len(rec["text"])
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{args.pages} pages, {chars:,} characters -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
