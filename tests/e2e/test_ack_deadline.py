"""A write inside the ack answers within Slack's 3 seconds even when SQLite is locked."""

from __future__ import annotations

import sqlite3
import time

import pytest
from sqlmodel import Session

from store.models import ChannelSetting


def test_locked_sqlite_write_in_the_ack_answers_in_time(bot, db_url):
    if not db_url.startswith("sqlite"):
        pytest.skip("SQLite's write lock")
    path = db_url.removeprefix("sqlite:///")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the lock past any ack
    try:
        started = time.monotonic()
        resp = bot.command("autolog on", channel="C42")
        took = time.monotonic() - started
        assert resp.status_code == 200
        assert took < 2.5, f"the ack took {took:.1f} s"
        assert "error id" in resp.json()["text"]
        # reads are still answered while the lock is held
        assert "Canadian graphite mines" in bot.command("projects mineral:graphite").text
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Session(bot.services.engine) as s:
        assert s.get(ChannelSetting, "C42") is None  # nothing half-written
    assert "now logged directly" in bot.command("autolog on", channel="C42").json()["text"]


@pytest.mark.parametrize("command", ["digest list", "following", "watch list", "find graphite"])
def test_a_list_is_read_without_waiting_for_a_writers_lock(bot, db_url, command):
    """Lists only read: a writer holding SQLite's lock must not make them wait for it (a
    writing session's BEGIN IMMEDIATE queued concurrent `digest list`s behind each other)."""
    if not db_url.startswith("sqlite"):
        pytest.skip("SQLite's write lock")
    holder = sqlite3.connect(db_url.removeprefix("sqlite:///"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        resp = bot.command(command)
        took = time.monotonic() - started
        assert resp.status_code == 200
        assert "error id" not in resp.json()["text"]
        assert took < 0.5, f"`{command}` waited {took:.1f} s for the writer's lock"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
