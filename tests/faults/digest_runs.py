"""A digest due an hour ago, and what became of it: shared by the kill -9 tests
(test_crash.py) and the two-worker test (test_workers.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, select

from bot.local_slack import LocalSlack
from store.db import make_engine
from store.models import Commitment


def due_subscription(db_url: str, channel: str) -> None:
    """Demo records from the last days (one with money, so the digest has a chart to upload),
    and a subscription whose run was due an hour ago."""
    from store import digests, records
    from store.schemas import CommitmentIn
    from store.seed import seed_demo
    from store.visibility import EVERYTHING

    now = datetime.now(UTC)
    due = now - timedelta(hours=1)
    engine = make_engine(db_url)
    try:
        with Session(engine) as s:
            seed_demo(s, now=datetime.now(UTC))
            # The demo states no amounts (its $6.4bn is a claim across projects, not money).
            records.create_commitment(
                s,
                CommitmentIn(actor="JP", instrument="loan", amount="150000000", currency="CAD"),
                actor="seed",
                audience=EVERYTHING,
                now=now,
                provenance={"logged_by": "seed", "source_message": "seed:crash-test-loan"},
            )
            s.flush()
            s.execute(
                update(Commitment).values(
                    created_at=now - timedelta(days=2), updated_at=now - timedelta(days=2)
                )
            )
            digests.subscribe(
                s,
                channel=channel,
                channel_private=False,
                weekday=due.weekday(),
                time_of_day=due.strftime("%H:%M"),
                timezone="UTC",
                subscribed_by="U1",
                is_admin=False,
                now=now - timedelta(days=8),
            )
            s.commit()
    finally:
        engine.dispose()


def digest_runs(db_url: str) -> list[Any]:
    from store.models import DigestRun

    engine = make_engine(db_url)
    try:
        with Session(engine) as s:
            return list(s.exec(select(DigestRun)).all())
    finally:
        engine.dispose()


def digests_in(slack: LocalSlack, channel: str) -> list[dict[str, Any]]:
    return [m for m in slack.messages_in(channel) if not m.get("files")]
