"""A data file's required key, read so that a missing one fails loudly (errors.DataKeyError names the
file and the key) instead of switching its rule off."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dipnet.errors import DataKeyError


def required(data: Mapping[str, Any], key: str, file: str) -> Any:
    """data[key]; DataKeyError naming `file` and `key` where the key is missing."""
    try:
        return data[key]
    except KeyError:
        raise DataKeyError(file, key) from None
