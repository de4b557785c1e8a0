"""Commands over the store: query, serve, export (registered on the main `dipnet` group)."""

from __future__ import annotations

import click


def register(main: click.Group) -> None:
    """Add this module's commands to the main group."""
