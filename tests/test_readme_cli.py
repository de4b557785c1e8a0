"""The README's CLI reference and the CLI cannot drift apart: every `dipnet ...` synopsis there names
commands and options that exist (click's own introspection of dipnet.cli:main), with values among
the option's choices, and every command the CLI has is documented."""

from __future__ import annotations

import re

import click
import pytest

from conftest import ROOT
from dipnet.cli import main

OPTION = re.compile(r"^--?[A-Za-z][\w-]*$")


def cli_reference() -> list[str]:
    """The synopses (`dipnet ...`) of the README's "CLI reference" section."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"^## CLI reference\n(.*?)(?=^## )", text, re.S | re.M)
    assert m, "README.md has no '## CLI reference' section"
    return re.findall(r"^`(dipnet [^`]+)`$", m.group(1), re.M)


def split_top(text: str, sep: str = "|") -> list[str]:
    """`text` cut at `sep` outside brackets and parentheses (a|b inside one word is a value list)."""
    parts, depth, cur = [], 0, ""
    for i, ch in enumerate(text):
        depth += ch in "[(" and 1 or (-1 if ch in "])" else 0)
        if ch == sep and depth == 0 and text[i - 1:i] == " ":
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    return [p.strip() for p in [*parts, cur]]


def tokens(text: str) -> list[str]:
    return [t for t in re.sub(r"[\[\]()]", " ", text).split() if t != "|"]


def check_words(cmd: click.Command, words: list[str], where: str) -> list[str]:
    """Problems with the options (and option or argument values) `words` show for `cmd`."""
    problems = []
    params = {o: p for p in cmd.params for o in p.opts if isinstance(p, click.Option)}
    arg_choices = {c for p in cmd.params if isinstance(p, click.Argument)
                   for c in getattr(p.type, "choices", ()) or ()}
    for i, w in enumerate(words):
        if OPTION.match(w):
            opt = params.get(w)
            if opt is None:
                problems.append(f"{where}: {cmd.name} has no option {w}")
                continue
            choices = getattr(opt.type, "choices", None)
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if choices and not opt.is_flag and nxt and not OPTION.match(nxt):
                problems += [f"{where}: {w} {v!r} is not one of {list(choices)}" for v in nxt.split("|")
                             if v not in choices]
        elif "|" in w and arg_choices and (i == 0 or not OPTION.match(words[i - 1])):
            # a list of argument values (export events|gdelt|...|TABLE): lowercase ones must be choices
            problems += [f"{where}: {cmd.name} takes no {v!r}" for v in w.split("|")
                         if v.islower() and v not in arg_choices]
    return problems


def documented() -> tuple[set[tuple[str, ...]], list[str]]:
    """The command paths the README documents, and every mismatch with the CLI."""
    seen: set[tuple[str, ...]] = set()
    problems: list[str] = []
    for syn in cli_reference():
        name, _, rest = syn.removeprefix("dipnet ").partition(" ")
        cmd = main.commands.get(name)
        if cmd is None:
            problems.append(f"{syn!r}: no command {name!r}")
            continue
        seen.add((name,))
        if not isinstance(cmd, click.Group):
            problems += check_words(cmd, tokens(rest), syn)
            continue
        # a group: `dipnet GROUP (sub ARGS [opts] | sub ARGS ...) [options every sub takes]`
        m = re.match(r"\((.*)\)(.*)$", rest)
        if not m:
            problems.append(f"{syn!r}: write a group's subcommands as (a ... | b ...) [common options]")
            continue
        common = tokens(m.group(2))
        for alt in split_top(m.group(1)):
            sub_name, *words = tokens(alt)
            sub = cmd.commands.get(sub_name)
            if sub is None:
                problems.append(f"{syn!r}: {name} has no subcommand {sub_name!r}")
                continue
            seen.add((name, sub_name))
            problems += check_words(sub, words + common, f"{name} {sub_name}")
    return seen, problems


def test_the_readme_documents_commands_and_options_that_exist() -> None:
    assert len(cli_reference()) >= 8
    _, problems = documented()
    assert not problems, "\n".join(problems)


def test_every_command_is_documented() -> None:
    seen, _ = documented()
    have = {(n,) for n in main.commands}
    have |= {(n, s) for n, c in main.commands.items() if isinstance(c, click.Group) for s in c.commands}
    assert not have - seen, f"commands missing from the README's CLI reference: {sorted(have - seen)}"


@pytest.mark.parametrize("synopsis,problem", [
    ("dipnet kb QUERY [--json] [--colour]", "has no option --colour"),
    ("dipnet query (registry COUNTRY | events) [--json]", "has no option --json"),
    ("dipnet export events|gdelt|tsv [--format jsonl|xlsx]", "'xlsx' is not one of"),
    ("dipnet export events|gdelt|tsv", "takes no 'tsv'"),
    ("dipnet query (registry COUNTRY | pairs A B)", "no subcommand 'pairs'"),
    ("dipnet frobnicate PATH", "no command 'frobnicate'"),
])
def test_the_check_catches_drift(monkeypatch: pytest.MonkeyPatch, synopsis: str, problem: str) -> None:
    monkeypatch.setattr(f"{__name__}.cli_reference", lambda: [synopsis])
    _, problems = documented()
    assert any(problem in p for p in problems), problems
