"""Who is looking: the rule that keeps private-channel records in their channel."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Table, false, or_


@dataclass(frozen=True)
class Audience:
    """Records are visible when public, or when they came from this same channel."""

    channel: str | None = None
    everything: bool = False  # CLI and admin exports on the operator's own machine

    def clause(self, model: Any) -> Any:
        """The condition on `model` (a mapped class, or its Core table for plain-row reads)."""
        if self.everything:
            return None
        return _visible(model, self.channel)

    def can_see(self, record: Any) -> bool:
        if self.everything or not record.source_private:
            return True
        return self.channel is not None and record.source_channel == self.channel


@lru_cache(maxsize=1024)
def _visible(model: Any, channel: str | None) -> Any:
    # Built once per table and channel: a command reads several tables, and building the
    # expression cost more CPU than SQLite took to run some of its statements.
    columns = model.c if isinstance(model, Table) else model
    same_channel = columns.source_channel == channel if channel else false()
    return or_(columns.source_private.is_(False), same_channel)


PUBLIC = Audience()
EVERYTHING = Audience(everything=True)
