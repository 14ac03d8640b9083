"""Recovery of acknowledged work: inbox items left unfinished, cards never posted, old items.

Runs at `serve` start-up and then every minute (jittered) in every replica; each item is
claimed through its lease and each owed card through its drafts' conditional take-over, so
across replicas every piece is done once. The work itself is given as functions (it lives
with the Slack listeners, which jobs do not import).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from bot.core.services import Services
from store import drafts as draft_store
from store import inbox

log = logging.getLogger("minerals_bot.inbox")

INTERVAL_SECONDS = 60
JITTER_SECONDS = 15
# An item younger than this is still with the lazy listener that the ack started.
LEFT_BEHIND_AFTER = timedelta(seconds=10)


@dataclass
class Recovered:
    items: int = 0
    cards: int = 0
    pruned: int = 0


def recover(
    services: Services,
    *,
    work_off: Callable[[int], str],
    post_card: Callable[[str], str | None],
    left_behind_after: timedelta = LEFT_BEHIND_AFTER,
) -> Recovered:
    """Post cards owed since CARD_RECOVERY_AFTER, finish unfinished inbox items, prune done items."""
    result = Recovered()
    now = services.clock()
    # Owed cards first: an item worked off below may touch a draft whose card the dead process
    # never recorded (a Log it clicked on a card it posted), which would make the card look
    # freshly handled and put it off for another CARD_RECOVERY_AFTER.
    with services.session(read_only=True) as session:
        owed = inbox.sources_without_card(session, now=now, older_than=draft_store.CARD_RECOVERY_AFTER)
    for source in owed:
        try:
            result.cards += post_card(source) is not None
        except Exception:  # one card's trouble (e.g. the database) must not stop the others
            log.exception("could not post the owed card of %s", source)
    with services.session(read_only=True) as session:
        due = inbox.due(session, now=now, older_than=left_behind_after)
    for item_id in due:
        result.items += work_off(item_id) == "done"
    with services.session() as session:
        result.pruned = inbox.prune(session, now=now)
    if result.items or result.cards:
        log.warning(
            "recovered %d unfinished request(s) and posted %d owed card(s)", result.items, result.cards
        )
    return result


def schedule(
    scheduler: Any, run: Callable[[timedelta], Recovered], *, interval_seconds: float = INTERVAL_SECONDS
) -> None:
    """Run `run` now, for every item (at start-up: what the previous process left), and
    then every interval (a minute unless INBOX_RECOVERY_SECONDS says otherwise) for items
    older than LEFT_BEHIND_AFTER."""

    def safely(left_behind_after: timedelta) -> None:
        try:
            run(left_behind_after)
        except Exception:  # the next run tries again
            log.exception("inbox recovery failed")

    scheduler.add_job(safely, args=[timedelta(0)], id="inbox-recovery-at-start", replace_existing=True)
    scheduler.add_job(
        safely,
        "interval",
        args=[LEFT_BEHIND_AFTER],
        seconds=interval_seconds,
        jitter=min(JITTER_SECONDS, interval_seconds / 4),
        id="inbox-recovery",
        coalesce=True,
        max_instances=1,
        replace_existing=True,
    )
