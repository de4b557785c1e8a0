"""Perturb every page of an open set the way real crawls differ, extract, and score against the
unchanged gold — how much does the input's SHAPE cost?

usage: python tools/perturb_eval.py SET PERTURBATION [PERTURBATION ...] [--tag T] [--seed N]
  SET: seeds | dev | dev2 (never check); PERTURBATION: see PERTURB below, or "none".
Prints one row per perturbation: entities, events relaxed/strict, facts, page dates, titles.
Titles are meaningful only where the perturbation keeps the title's characters (not for trad, cjkspace,
punct, entity, markdown, oneline where the scorer's normalization does not undo the change).
Gold evidence strings are not scored for events/entities, so those rows are comparable across perturbations.
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
from collections.abc import Callable
from pathlib import Path

SHARED = Path("/work/shared")
PY = sys.executable
METRICS = ("entities", "events_relaxed", "events_strict", "facts", "dates_pages", "titles")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def wrap(text: str, rnd: random.Random) -> str:
    """Hard-wrap every line every 30-80 characters, mid-sentence (print views, some crawlers)."""
    out = []
    for line in text.split("\n"):
        while len(line) > 80:
            k = rnd.randint(30, 80)
            out.append(line[:k])
            line = line[k:]
        out.append(line)
    return "\n".join(out)


def wrapfix(text: str, rnd: random.Random) -> str:
    """Hard-wrap at one fixed width (38 characters), as a print view or a terminal crawler does."""
    return "\n".join("\n".join(ln[k:k + 38] for k in range(0, len(ln), 38)) if ln else ln for ln in text.split("\n"))


def _body(line: str) -> bool:
    """A paragraph of the story: long, with a full stop (titles, teasers, captions, menus are left alone)."""
    return len(line) >= 30 and "。" in line


def _cuts(line: str, n: int, rnd: random.Random) -> list[int]:
    """n distinct places inside the line (not at its ends), in order."""
    return sorted(rnd.sample(range(2, len(line) - 2), min(n, len(line) - 4)))


def breaks(text: str, rnd: random.Random) -> str:
    """1-3 line breaks at random places in each paragraph (not every line: an irregular crawl)."""
    out = []
    for ln in text.split("\n"):
        if _body(ln):
            at = [0, *_cuts(ln, rnd.randint(1, 3), rnd), len(ln)]
            ln = "\n".join(ln[a:b] for a, b in zip(at, at[1:], strict=False))
        out.append(ln)
    return "\n".join(out)


def inline(text: str, rnd: random.Random) -> str:
    """A short stretch of each paragraph (a link, a bold name) on a line of its own, as crawlers that
    print inline markup as a block write it."""
    out = []
    for ln in text.split("\n"):
        if _body(ln):
            a = rnd.randint(2, len(ln) - 12)
            b = a + rnd.randint(2, 8)
            ln = f"{ln[:a]}\n{ln[a:b]}\n{ln[b:]}"
        out.append(ln)
    return "\n".join(out)


def adbreak(text: str, rnd: random.Random) -> str:
    """A paragraph split by an empty line in half of the paragraphs, where an image or an ad stood."""
    out = []
    for ln in text.split("\n"):
        if _body(ln) and rnd.random() < 0.5:
            k = _cuts(ln, 1, rnd)[0]
            ln = f"{ln[:k]}\n\n{ln[k:]}"
        out.append(ln)
    return "\n".join(out)


def noblank(text: str, rnd: random.Random) -> str:
    return "\n".join(ln for ln in text.split("\n") if ln.strip())


def dblank(text: str, rnd: random.Random) -> str:
    return "\n\n".join(ln for ln in text.split("\n") if ln.strip())


def oneline(text: str, rnd: random.Random) -> str:
    return " ".join(ln.strip() for ln in text.split("\n") if ln.strip())


def cjkspace(text: str, rnd: random.Random) -> str:
    """Spaces between some Chinese characters and around punctuation."""
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch in "，。：；、,.:;" and rnd.random() < 0.5:
            out.append(" ")
        elif _HAN.match(ch) and _HAN.match(nxt) and rnd.random() < 0.15:
            out.append(" ")
    return "".join(out)


def fwspace(text: str, rnd: random.Random) -> str:
    """Full-width indentation, NBSP and U+3000 between characters."""
    lines = []
    for ln in text.split("\n"):
        if ln.strip():
            ln = "\u3000\u3000" + ln
        ln = "".join(ch + (rnd.choice("\u3000\u00a0") if _HAN.match(ch) and rnd.random() < 0.05 else "")
                     for ch in ln)
        lines.append(ln)
    return "\n".join(lines)


_SWAP = {",": "，", "，": ",", ":": "：", "：": ":", "(": "（", "（": "(", ")": "）", "）": ")",
         ";": "；", "；": ";", "!": "！", "！": "!", "?": "？", "？": "?"}


def punct(text: str, rnd: random.Random) -> str:
    """Half-width and full-width punctuation swapped."""
    return "".join(_SWAP.get(ch, ch) for ch in text)


_MENU = ["首页 | 新闻 | 国际 | 财经 | 体育 | 视频", "首页 > 新闻 > 国际", "当前位置：首页 > 国际频道 > 正文",
         "分享到：微信 微博 QQ空间", "字号：大 中 小", "打印本页 关闭窗口"]
_TAIL = ["责任编辑：李明", "【纠错】", "分享到：", "版权所有 © 2015 新华网 All Rights Reserved",
         "Copyright © 2019 某某网络科技有限公司 京ICP备12345678号", "扫一扫在手机打开当前页"]
_RELATED = ["相关新闻", "· 中方：愿同各方加强合作", "· 外交部发言人答记者问", "· 两国领导人互致贺电"]


def furniture(text: str, rnd: random.Random) -> str:
    """Site furniture before the title and after the body. Entities are not comparable here: by the
    SPEC the editor's name and the outlet in the copyright line are entities the gold does not list."""
    return "\n".join(rnd.sample(_MENU, 3)) + "\n" + text + "\n" + "\n".join(_TAIL)


def related(text: str, rnd: random.Random) -> str:
    """A related-articles list after the body (its headlines are briefs: events/entities not comparable)."""
    return text + "\n" + "\n".join(_RELATED)


def trad(text: str, rnd: random.Random) -> str:
    import opencc
    return str(opencc.OpenCC("s2t").convert(text))


def zw(text: str, rnd: random.Random) -> str:
    """Zero-width spaces/joiners, soft hyphens and a BOM inside the text."""
    out = ["\ufeff"]
    for ch in text:
        out.append(ch)
        if ch != "\n" and rnd.random() < 0.03:
            out.append(rnd.choice("\u200b\u200c\u200d\u00ad\ufeff\u2060"))
    return "".join(out)


def entity(text: str, rnd: random.Random) -> str:
    """HTML entity leftovers: &nbsp; indentation, &quot; for quotes, &amp; for &."""
    text = text.replace("&", "&amp;").replace("“", "&ldquo;").replace("”", "&rdquo;").replace('"', "&quot;")
    return "\n".join(("&nbsp;&nbsp;" + ln if ln.strip() else ln) for ln in text.split("\n"))


def tags(text: str, rnd: random.Random) -> str:
    """HTML tag leftovers: paragraphs in <p …>…</p> or ended by <br/>, a bold stretch inside."""
    out = []
    for ln in text.split("\n"):
        if ln.strip():
            k = rnd.randint(0, len(ln) // 2)
            ln = f"{ln[:k]}<strong>{ln[k:k + 4]}</strong>{ln[k + 4:]}"
            ln = f'<p style="text-indent:2em">{ln}</p>' if rnd.random() < 0.5 else f"{ln}<br/>"
        out.append(ln)
    return "\n".join(out)


def markdown(text: str, rnd: random.Random) -> str:
    """Markdown image lines and link markup around short lines, as HTML-to-markdown crawlers save."""
    out = []
    for ln in text.split("\n"):
        if ln.strip() and len(ln) < 40 and rnd.random() < 0.5:
            ln = f"[{ln}](https://example.com/a/{rnd.randint(1, 9999)}.html)"
        out.append(ln)
        if ln.strip() and rnd.random() < 0.15:
            out.append(f"![](https://example.com/img/{rnd.randint(1, 9999)}.jpg)")
    return "\n".join(out)


PERTURB: dict[str, Callable[[str, random.Random], str]] = {
    "none": lambda t, r: t, "wrap": wrap, "wrapfix": wrapfix, "noblank": noblank, "dblank": dblank, "oneline": oneline,
    "cjkspace": cjkspace, "fwspace": fwspace, "punct": punct, "furniture": furniture, "related": related, "trad": trad,
    "zw": zw, "entity": entity, "markdown": markdown, "tags": tags, "breaks": breaks, "inline": inline,
    "adbreak": adbreak}


def _write_set(name: str, fn: Callable[[str, random.Random], str], seed: int, out: Path) -> list[str]:
    """The perturbed copy of a set under `out`; returns the paths to extract."""
    rnd = random.Random(seed)
    src = SHARED / "corpus" / name
    if name == "seeds":
        paths = []
        for p in sorted(src.glob("*.txt")):
            q = out / p.name
            q.write_text(fn(p.read_text(encoding="utf-8"), rnd), encoding="utf-8")
            paths.append(str(q))
        return paths
    q = out / "pages.jsonl"
    with open(src / "pages.jsonl", encoding="utf-8") as f, open(q, "w", encoding="utf-8") as g:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                rec["text"] = fn(rec["text"], rnd)
                g.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return [str(q)]


def run(name: str, pert: str, seed: int, tag: str, src: str) -> dict[str, float]:
    assert name in ("seeds", "dev", "dev2"), "open sets only"
    with tempfile.TemporaryDirectory() as d:
        inputs = _write_set(name, PERTURB[pert], seed, Path(d))
        pred = f"/tmp/pe-{tag}-{name}-{pert}.jsonl"
        env = dict(os.environ, PYTHONPATH=src)
        subprocess.run([PY, "-m", "dipnet.cli", "extract", *inputs, "--format", "jsonl", "-o", pred],
                       env=env, check=True, stderr=subprocess.DEVNULL)
    res = subprocess.run([PY, str(SHARED / "eval" / "score.py"), "--gold", str(SHARED / "eval" / "gold" / f"{name}.jsonl"),
                          "--pred", pred, "--json"], capture_output=True, text=True, check=True)
    score = json.loads(res.stdout)
    return {m: score[m]["f1"] for m in METRICS}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("set")
    ap.add_argument("perturbations", nargs="+")
    ap.add_argument("--tag", default="x")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--src", default=str(Path(__file__).resolve().parent.parent / "src"),
                    help="the package source to run (another checkout's src: a before/after table)")
    a = ap.parse_args()
    print(f"{a.set:6} {'pert':10} " + " ".join(f"{m[:10]:>10}" for m in METRICS), flush=True)
    for p in a.perturbations:
        r = run(a.set, p, a.seed, a.tag, a.src)
        print(f"{a.set:6} {p:10} " + " ".join(f"{r[m]:10.3f}" for m in METRICS), flush=True)


if __name__ == "__main__":
    main()
