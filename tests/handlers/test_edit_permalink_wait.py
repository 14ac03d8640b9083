"""Saving Edit… waits a bounded time for Slack's link to the message; a lookup that is still
queued when its wait ends is cancelled, not run later for nobody (against a Slack that is
slow or rate-limiting, stale lookups would keep calling it after every edit was saved)."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from sqlmodel import Session

from bot.core.services import Services
from handlers import confirm_card_actions, proposals
from store.models import Draft


def _pending_draft(services: Services) -> int:
    with Session(services.engine) as s:
        draft = Draft(source_message="C1:1700000000.000100", channel="C1", fields={"actor": "JP"})
        s.add(draft)
        s.commit()
        assert draft.id is not None
        return draft.id


def test_lookups_left_waiting_when_the_wait_ends_are_never_sent(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft_id = _pending_draft(services)
    slack_answers = threading.Event()
    asked: list[str] = []

    def slow_permalink(_client: Any, source: str) -> str:
        asked.append(source)
        slack_answers.wait(5)
        return "https://example.slack.com/archives/C1/p1700000000000100"

    monkeypatch.setattr(proposals, "permalink", slow_permalink)
    monkeypatch.setattr(confirm_card_actions, "EDIT_PERMALINK_WAIT_S", 0.05)
    workers = confirm_card_actions._permalink_lookups._max_workers
    saves = workers + 3
    links = [confirm_card_actions.permalink_if_pending(services, None, draft_id) for _ in range(saves)]  # type: ignore[arg-type]
    slack_answers.set()
    # One task per worker that ends only when every worker holds one: all queued before them were taken.
    drained = threading.Barrier(workers)
    for done in [confirm_card_actions._permalink_lookups.submit(drained.wait, 5) for _ in range(workers)]:
        done.result(timeout=10)
    assert links == [None] * saves
    assert len(asked) <= workers  # at most those that had started; the queued ones were cancelled
