"""Rendered answers kept per data version (handlers/answer_cache.py): a repeat is served from
the cache, and nothing is ever served to someone it was not computed for, or after a write."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, select

from bot.core.services import Services
from bot.core.settings import Settings
from handlers import answer_cache
from handlers.router import CommandRequest, Reply
from handlers.slash import route
from store import data_version, digests, feeds, follows, queries, records
from store.models import Commitment
from store.questions import answering
from store.schemas import CommitmentIn, ProjectIn
from store.visibility import EVERYTHING, Audience

NOW = datetime(2025, 12, 1, 12, 0, tzinfo=UTC)
PRIVATE = {"source_private": True, "source_channel": "GSECRET"}

Ask = Callable[..., str]


@pytest.fixture(autouse=True)
def empty_cache() -> Iterator[None]:
    answer_cache._CACHE.clear()
    yield
    answer_cache._CACHE.clear()


def with_version_rows(session: Session) -> None:
    """The data-version rows, as migrations make them (the PostgreSQL fixture's reset drops them)."""
    for scope in (data_version.SCOPE, data_version.NOTES_SCOPE, data_version.LISTS_SCOPE):
        session.execute(
            text(
                f"INSERT INTO {data_version.TABLE} (scope, version) SELECT CAST(:scope AS VARCHAR(32)), "
                f":version WHERE NOT EXISTS (SELECT 1 FROM {data_version.TABLE} WHERE scope = :scope)"
            ),
            {"scope": scope, "version": random.getrandbits(62)},
        )
    session.commit()
    assert data_version.current_all(session) is not None
    session.commit()  # on SQLite a writing session's transaction holds the write lock


@pytest.fixture
def store(demo_session: Session) -> Session:
    """The demo store, its answers cached."""
    with_version_rows(demo_session)
    return demo_session


@pytest.fixture
def today() -> list[datetime]:
    return [NOW]  # the clock the bot reads; a test moves it


@pytest.fixture
def services(db_url: str, engine: Engine, store: Session, today: list[datetime]) -> Services:
    settings = Settings(_env_file=None, slack_bot_token="xoxb-test", database_url=db_url)  # type: ignore[call-arg]
    return Services(settings, engine, lambda: today[0])


@pytest.fixture
def ask(services: Services) -> Ask:
    """Route one `/minerals` text from a channel; the answer's blocks and text as one string."""

    def run(words: str, channel: str = "C1", user: str = "U1") -> str:
        out = route(
            services, CommandRequest(command="/minerals", text=words, user_id=user, channel_id=channel)
        )
        assert isinstance(out, Reply), (words, out)
        return json.dumps(out.blocks, ensure_ascii=False) + out.text

    return run


def _commitment(
    session: Session, actor: str, amount: str, project: str | None = None, **provenance: object
) -> Commitment:
    made = records.create_commitment(
        session,
        CommitmentIn(actor=actor, instrument="loan", currency="USD", amount=amount, project=project),  # type: ignore[arg-type]
        actor="U1",
        audience=EVERYTHING,
        now=datetime.now(UTC),  # newest first: after the demo's records
        provenance=provenance,
    )
    session.commit()
    return made


def test_a_repeat_is_served_from_the_cache_without_reading_the_records(ask, monkeypatch) -> None:
    first = ask("commitments by:JP")
    calls = []
    real = queries.commitment_lines
    monkeypatch.setattr(queries, "commitment_lines", lambda *a, **k: calls.append(1) or real(*a, **k))
    assert ask("commitments by:JP") == first
    assert calls == []
    assert answer_cache._CACHE.hits == 1


def test_a_private_record_is_never_served_to_another_channel(ask, store: Session) -> None:
    records.create_project(
        store,
        ProjectIn(name="Hidden Fjord Graphite Mine", country="NO", description="Nordvik tailings"),  # type: ignore[call-arg]
        actor="U1",
        audience=Audience(channel="GSECRET"),
        now=NOW,
        provenance=PRIVATE,
    )
    _commitment(store, "NO", "7654321", "Hidden Fjord Graphite Mine", **PRIVATE)
    shown_only_inside = {
        "project Hidden Fjord Graphite Mine": "Nordvik tailings",  # the card, not "did you mean"
        "find fjord": "Hidden Fjord",
        "commitments by:NO": "Hidden Fjord",
    }
    for words, marker in shown_only_inside.items():
        inside = ask(words, channel="GSECRET")
        assert marker in inside, words
        assert ask(words, channel="GSECRET") == inside  # now cached for the private channel
        for elsewhere in ("C1", "GOTHER", "DU2"):
            shown = ask(words, channel=elsewhere, user="U2")
            assert marker not in shown, (words, elsewhere)


def test_a_new_commitment_shows_in_the_next_answer(ask, store: Session) -> None:
    before = ask("commitments by:JP")
    _commitment(store, "JP", "4242000")
    after = ask("commitments by:JP")
    assert _listed(after) == _listed(before) + 1


def _listed(shown: str) -> int:
    found = re.search(r"\(1–\d+ of (\d+)\)", shown)
    assert found, shown[:300]
    return int(found.group(1))


def test_an_edit_and_an_undo_show_in_the_next_answer(ask, store: Session) -> None:
    made = _commitment(store, "KR", "1000000")
    card = ask(f"commitment {made.id}")
    records.update_commitment(
        store,
        made,
        CommitmentIn(actor="KR", instrument="loan", currency="USD", amount="2500000"),  # type: ignore[arg-type]
        actor="U1",
        audience=EVERYTHING,
        now=NOW,
    )
    store.commit()
    edited = ask(f"commitment {made.id}")
    assert "USD 2.5m" not in card and "USD 2.5m" in edited
    records.set_commitment_status(store, made, "withdrawn", actor="U1", action="undo", now=NOW)
    store.commit()
    undone = ask(f"commitment {made.id}")
    assert "withdrawn" in undone.lower() and undone != edited


def test_a_new_update_or_milestone_shows_in_the_next_card(ask, store: Session) -> None:
    """Updates and milestones are not in the records version: the notes version covers them."""
    from store.models import Project

    project = store.exec(select(Project).where(Project.source_private == False)).first()  # noqa: E712
    assert project is not None
    card = ask(f"project {project.name}")
    records.add_project_update(store, project, actor="U1", now=NOW, note="Drill results beat every estimate")
    store.commit()
    assert "Drill results beat every estimate" not in card
    assert "Drill results beat every estimate" in ask(f"project {project.name}")

    listed = ask("upcoming 30")
    records.add_milestone(
        store, title="Offtake deadline for Zephyr", due_on=NOW.date() + timedelta(days=9), actor="U1", now=NOW
    )
    store.commit()
    assert "Offtake deadline for Zephyr" not in listed
    assert "Offtake deadline for Zephyr" in ask("upcoming 30")


def test_an_answer_that_depends_on_the_date_changes_with_it(ask, store: Session, today) -> None:
    due = date(2025, 12, 20)
    records.add_milestone(store, title="Refinery permit decision", due_on=due, actor="U1", now=NOW)
    store.commit()
    assert "Refinery permit decision" not in ask("upcoming 10")  # 19 days away
    today[0] = NOW + timedelta(days=12)  # no write: only the date moved
    assert "Refinery permit decision" in ask("upcoming 10")
    today[0] = NOW + timedelta(days=30)  # past it
    assert "Refinery permit decision" not in ask("upcoming 10")


def test_the_cache_can_be_turned_off(ask, services: Services, monkeypatch) -> None:
    monkeypatch.setattr(services.settings, "answer_cache_size", 0)
    calls = []
    real = queries.commitment_lines
    monkeypatch.setattr(queries, "commitment_lines", lambda *a, **k: calls.append(1) or real(*a, **k))
    assert ask("commitments by:JP") == ask("commitments by:JP")
    assert len(calls) == 2
    assert len(answer_cache._CACHE) == 0 and answer_cache._CACHE.hits == 0


def test_writes_and_listings_of_unversioned_tables_are_not_cached(ask, store: Session) -> None:
    for words in ("digest subscribe", "digest unsubscribe", "follow country:JP", "unfollow 1", "links"):
        ask(words)
    assert len(answer_cache._CACHE) == 0


def test_following_is_kept_per_user_and_shows_a_follow_and_an_unfollow(ask, monkeypatch) -> None:
    assert "You follow nothing" in ask("following", user="U1")
    ask("follow country:AU", user="U1")
    mine = ask("following", user="U1")
    assert "country:AU" in mine
    assert "You follow nothing" in ask("following", user="U2")  # never another member's list
    calls = []
    real = follows.follows_of
    monkeypatch.setattr(follows, "follows_of", lambda *a, **k: calls.append(1) or real(*a, **k))
    assert ask("following", user="U1") == mine
    assert calls == []
    ask("unfollow 1", user="U1")
    assert "You follow nothing" in ask("following", user="U1")


def test_digest_list_shows_a_subscription_an_unsubscription_and_a_new_run(ask, store: Session) -> None:
    assert "No channel gets the weekly digest" in ask("digest list")
    ask("digest subscribe Monday 09:00 UTC")
    listed = ask("digest list")
    assert "C1" in listed and "no digest sent yet" in listed
    assert ask("digest list") == listed and answer_cache._CACHE.hits == 1
    sub = digests.get_subscription(store, "C1")
    assert sub is not None
    start = datetime(2025, 11, 24, 9, 0, tzinfo=UTC)
    digests.claim_run(
        store, sub, start, start + timedelta(days=7), start + timedelta(days=7), "test", now=NOW
    )
    store.commit()
    assert "last: claimed" in ask("digest list")
    ask("digest unsubscribe")
    assert "No channel gets the weekly digest" in ask("digest list")


def test_digest_list_of_a_private_channel_is_never_served_elsewhere(ask) -> None:
    ask("digest subscribe Monday 09:00 UTC", channel="GSECRET")
    assert "GSECRET" in ask("digest list", channel="GSECRET")
    assert "GSECRET" not in ask("digest list", channel="C1")
    assert "GSECRET" not in ask("digest list", channel="GOTHER")


def test_digest_list_shows_the_next_run_after_the_clock_passes_it(ask, today) -> None:
    ask("digest subscribe Monday 12:01 UTC")  # NOW is Monday 12:00
    assert "next: Mon 1 Dec 2025 12:01" in ask("digest list")
    today[0] = NOW + timedelta(minutes=2)
    assert "next: Mon 8 Dec 2025 12:01" in ask("digest list")


def test_watch_list_is_kept_per_channel_and_shows_an_added_and_a_removed_watch(ask, store: Session) -> None:
    assert "watches no feeds" in ask("watch list")
    feeds.add_watch(
        store,
        channel="C1",
        private=False,
        url="https://example.org/feed.xml",
        keywords=["graphite"],
        user="U1",
        now=NOW,
    )
    store.commit()
    listed = ask("watch list")
    assert "example.org/feed.xml" in listed
    assert "watches no feeds" in ask("watch list", channel="C2")
    assert ask("watch list") == listed and answer_cache._CACHE.hits == 1
    ask("watch remove 1")
    assert "watches no feeds" in ask("watch list")


def _reply(n: int, size: int = 10) -> Reply:
    return Reply([{"type": "section", "text": {"type": "mrkdwn", "text": "x" * size}}], f"answer {n}")


def test_the_lru_keeps_the_most_recently_used_within_its_count() -> None:
    cache = answer_cache.AnswerCache(max_items=3, max_bytes=1_000_000)
    for n in range(3):
        cache.put(n, _reply(n))
    assert cache.get(0) is not None  # 0 is now the most recent: 1 goes first
    for n in range(3, 5):
        cache.put(n, _reply(n))
    assert len(cache) == 3
    assert cache.get(1) is None and cache.get(2) is None
    assert [cache.get(n).text for n in (0, 3, 4)] == ["answer 0", "answer 3", "answer 4"]  # type: ignore[union-attr]


def test_the_lru_keeps_within_its_size_and_skips_an_answer_too_big() -> None:
    cache = answer_cache.AnswerCache(max_items=100, max_bytes=20_000)
    for n in range(20):
        cache.put(n, _reply(n, size=1_000))
    assert 0 < cache.bytes <= 20_000 and 1 < len(cache) < 20
    assert cache.get(19) is not None and cache.get(0) is None
    cache.put("huge", _reply(99, size=10_000))
    assert cache.get("huge") is None


def test_a_new_version_drops_the_answers_of_the_old_one() -> None:
    cache = answer_cache.AnswerCache(max_items=100, max_bytes=1_000_000)
    cache.put(("db", (1, None, None), "projects"), _reply(1), ("db", 1, 7, 5))
    cache.put(("db", (None, 7, None), "upcoming"), _reply(2), ("db", 1, 7, 5))
    cache.put(("db", (None, None, 5), "following"), _reply(3), ("db", 1, 7, 5))
    cache.put(("db", (2, None, None), "projects"), _reply(4), ("db", 2, 7, 5))  # records changed
    assert cache.get(("db", (1, None, None), "projects")) is None
    assert cache.get(("db", (None, 7, None), "upcoming")) is not None  # reads only the notes
    assert cache.get(("db", (None, None, 5), "following")) is not None  # reads only the lists
    cache.put(("db", (None, None, 6), "following"), _reply(5), ("db", 2, 7, 6))  # a follow
    assert cache.get(("db", (None, None, 5), "following")) is None


def test_an_answer_about_a_passing_database_fault_is_not_kept(ask, monkeypatch) -> None:
    """A question caught the database not answering: the next ask, with it answering, is
    answered afresh, not told the same error until the next write."""
    real = answering.ask

    def not_answering(*args: object, **kwargs: object) -> None:
        raise OperationalError("SELECT 1", {}, Exception("database is locked"))

    monkeypatch.setattr(answering, "ask", not_answering)
    question = "how much has Japan committed to graphite?"
    assert "error id" in ask(question)
    monkeypatch.setattr(answering, "ask", real)
    assert "error id" not in ask(question)


# --- answers shared between the worker processes of one server (store/host_cache.py) ----------


@pytest.fixture
def two_workers(services: Services, tmp_path, monkeypatch) -> Callable[[str], None]:
    """`services` as two workers of one server: each its own LRU (answer_cache._CACHE), one
    shared file. The returned function makes the named worker ("A" or "B") the one asking."""
    from store.host_cache import HostCache

    shared = HostCache.create(max_items=100, max_bytes=1_000_000)
    services.shared_answers = shared
    caches = {w: answer_cache.AnswerCache(max_items=0, max_bytes=0) for w in "AB"}

    def be(worker: str) -> None:
        shared.flush()  # what the last worker handed to its writer is in the file
        monkeypatch.setattr(answer_cache, "_CACHE", caches[worker])

    be("A")
    yield be
    shared.remove()


def _hidden_project(store: Session) -> None:
    records.create_project(
        store,
        ProjectIn(name="Hidden Fjord Graphite Mine", country="NO", description="Nordvik tailings"),  # type: ignore[call-arg]
        actor="U1",
        audience=Audience(channel="GSECRET"),
        now=NOW,
        provenance=PRIVATE,
    )
    _commitment(store, "NO", "7654321", "Hidden Fjord Graphite Mine", **PRIVATE)


def test_a_card_one_worker_computed_is_the_other_workers_hit(
    ask, store: Session, two_workers, monkeypatch
) -> None:
    from store.models import Project

    name = store.exec(select(Project.name).where(Project.source_private == False)).first()  # noqa: E712
    card = ask(f"project {name}")
    two_workers("B")

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("worker B read the card again")

    monkeypatch.setattr(queries, "project_detail", no_reading)
    assert ask(f"project {name}") == card
    assert answer_cache._CACHE.hits == 0 and len(answer_cache._CACHE) == 1  # now B's own too


def test_a_private_card_shared_between_workers_is_never_served_to_another_channel(
    ask, store: Session, two_workers
) -> None:
    _hidden_project(store)
    shown_only_inside = {
        "project Hidden Fjord Graphite Mine": "Nordvik tailings",
        "project Hiden Fjord Graphite Mine": "Nordvik tailings",  # misspelt: the fuzzy path
        "find fjord": "Hidden Fjord",
        "commitments by:NO": "Hidden Fjord",
    }
    for words, marker in shown_only_inside.items():
        two_workers("A")
        inside = ask(words, channel="GSECRET")
        assert marker in inside, words
        two_workers("B")
        for elsewhere in ("C1", "GOTHER", "DU2"):
            assert marker not in ask(words, channel=elsewhere, user="U2"), (words, elsewhere)
        assert ask(words, channel="GSECRET") == inside  # B served it from the shared file
        two_workers("A")
        for elsewhere in ("C1", "GOTHER"):
            assert marker not in ask(words, channel=elsewhere, user="U2"), (words, elsewhere)


def test_an_answer_never_waits_for_another_workers_write_to_the_shared_file(
    ask, store: Session, two_workers, services: Services, monkeypatch
) -> None:
    import sqlite3
    import time

    from store import host_cache

    monkeypatch.setattr(host_cache, "BUSY_TIMEOUT_S", 3.0)
    shared = services.shared_answers
    assert shared is not None
    with sqlite3.connect(shared.path, isolation_level=None) as other:
        other.execute("BEGIN IMMEDIATE")  # worker B is writing the file
        started = time.monotonic()
        card = ask("commitments by:JP")
        assert time.monotonic() - started < 2.0  # not the 3 s a put in the request would wait
        other.execute("COMMIT")
    two_workers("B")  # A's writer has written it by now
    assert ask("commitments by:JP") == card
    assert answer_cache._CACHE.hits == 0 and len(answer_cache._CACHE) == 1  # from the file


def test_a_write_in_one_worker_makes_the_next_answer_fresh_in_both(ask, store: Session, two_workers) -> None:
    from store.models import Project

    before = {}
    for worker in "AB":  # each worker has the answers kept, in its own LRU and in the file
        two_workers(worker)
        before[worker] = ask("commitments by:JP")
        assert "Assays came back twice as rich" not in ask("find assays")
    _commitment(store, "JP", "4242000")  # a write, as either worker's would be
    for worker in "BA":
        two_workers(worker)
        assert _listed(ask("commitments by:JP")) == _listed(before[worker]) + 1, worker
    project = store.exec(select(Project).where(Project.source_private == False)).first()  # noqa: E712
    assert project is not None
    records.add_project_update(store, project, actor="U1", now=NOW, note="Assays came back twice as rich")
    store.commit()  # the notes version only
    for worker in "AB":
        two_workers(worker)
        assert "Assays came back twice as rich" in ask("find assays"), worker


# --- a database recreated at the same URL (store/data_version.py: the epoch) ------------------


def _as_if_recreated(store: Session, numbers: list[tuple[str, int]]) -> None:
    """The version rows back at `numbers` under a new epoch: a database dropped and migrated
    again at the same URL, whose PostgreSQL sequence gives out the same numbers again."""
    for scope, version in numbers:
        store.execute(
            text(f"UPDATE {data_version.TABLE} SET version = :v WHERE scope = :s"), {"v": version, "s": scope}
        )
    store.execute(text(f"UPDATE {data_version.TABLE} SET epoch = :e"), {"e": random.getrandbits(62)})
    store.commit()


def _version_rows(store: Session) -> list[tuple[str, int]]:
    return [(r[0], r[1]) for r in store.execute(text(f"SELECT scope, version FROM {data_version.TABLE}"))]


@pytest.mark.parametrize("shared", [False, True], ids=["one-worker", "two-workers"])
def test_a_recreated_database_with_the_same_version_numbers_is_never_served_the_old_answers(
    ask, store: Session, request: pytest.FixtureRequest, shared: bool
) -> None:
    be = request.getfixturevalue("two_workers") if shared else (lambda _worker: None)
    numbers = _version_rows(store)
    before = ask("commitments by:JP")
    _commitment(store, "JP", "4242000")  # new data ...
    _as_if_recreated(store, numbers)  # ... at the numbers the old answer was kept under
    be("B")
    assert _listed(ask("commitments by:JP")) == _listed(before) + 1
    be("A")
    assert _listed(ask("commitments by:JP")) == _listed(before) + 1


def test_a_database_recreated_at_the_same_url_drops_the_answers_of_the_old_one() -> None:
    cache = answer_cache.AnswerCache(max_items=100, max_bytes=1_000_000)
    old, new, other = "sqlite:///m.db#11", "sqlite:///m.db#22", "sqlite:///other.db#11"  # url#epoch
    cache.put((old, (None, 7, None), "upcoming"), _reply(1), (old, 1, 7, 5))
    cache.put((other, (1, None, None), "projects"), _reply(2), (other, 1, 7, 5))
    cache.put((new, (1, None, None), "projects"), _reply(3), (new, 1, 7, 5))  # the same numbers
    assert cache.get((old, (None, 7, None), "upcoming")) is None
    assert cache.get((other, (1, None, None), "projects")) is not None
    assert cache.get((new, (1, None, None), "projects")) is not None
