"""The words of the participant readers fa2 added (issue 13, stop 48), from data/participants.toml: read by
venuelands.py, signers.py and common/bystanders.py. Imports nothing of the extract stage (bystanders.py is read while
common/page.py loads)."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from dipnet import rx
from dipnet.datakeys import required


@cache
def participant_words() -> dict[str, str]:
    """data/participants.toml, read once."""
    return dict(tomllib.loads(resources.files("dipnet.extract.data").joinpath("participants.toml").read_text("utf-8")))


@cache
def participant_pattern(name: str) -> re.Pattern[str]:
    """A regular expression of data/participants.toml, compiled once (a missing key fails loudly: DataKeyError)."""
    return rx.compile(required(participant_words(), name, "participants.toml"))
