"""Who is looking: the rule that keeps private-channel records in their channel."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import false, or_


@dataclass(frozen=True)
class Audience:
    """Records are visible when public, or when they came from this same channel."""

    channel: str | None = None
    everything: bool = False  # CLI and admin exports on the operator's own machine

    def clause(self, model: Any) -> Any:
        if self.everything:
            return None
        same_channel = model.source_channel == self.channel if self.channel else false()
        return or_(model.source_private.is_(False), same_channel)

    def can_see(self, record: Any) -> bool:
        if self.everything or not record.source_private:
            return True
        return self.channel is not None and record.source_channel == self.channel


PUBLIC = Audience()
EVERYTHING = Audience(everything=True)
