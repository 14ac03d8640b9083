"""Draft transitions: each is one conditional UPDATE, so a Log it click landing between a
reader and its write is never overwritten; and the store stamps the time it is given."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from store import drafts
from store.db import DriverReads
from store.models import AuditLog, Commitment, Draft, DraftState
from store.visibility import Audience

SOURCE = "C1:1700000000.000100"
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
FIELDS = {"actor": "JP", "instrument": "loan", "amount": "100000000", "currency": "JPY"}
EDITED = {"actor": "JP", "instrument": "grant", "amount": "5", "currency": "USD"}


def _pending(engine: Engine, items: list[tuple[str, dict[str, Any]]]) -> list[int]:
    with Session(engine) as s:
        made = drafts.create_drafts(
            s, source_message=SOURCE, channel="C1", private=False, author="U2", items=items, now=NOW
        )
        ids = [d.id for d in made]
        s.commit()
    assert all(ids)
    return [i for i in ids if i is not None]


def _withdraw(s: Session, ids: list[int]) -> Any:
    return drafts.withdraw_pending(s, SOURCE, now=NOW)


def _update(s: Session, ids: list[int]) -> Any:
    return drafts.update_pending_fields(s, ids[0], EDITED, now=NOW)


def _reread_same_item(s: Session, ids: list[int]) -> Any:
    replaced = drafts.replace_pending(s, SOURCE, [("commitment", EDITED)], now=NOW)
    return replaced.updated + replaced.withdrawn


def _reread_item_gone(s: Session, ids: list[int]) -> Any:
    replaced = drafts.replace_pending(s, SOURCE, [], now=NOW)
    return replaced.updated + replaced.withdrawn


@pytest.mark.parametrize(
    "write",
    [_withdraw, _update, _reread_same_item, _reread_item_gone],
    ids=["withdraw_pending", "update_pending_fields", "reread-edited", "reread-gone"],
)
def test_a_log_landing_between_read_and_write_is_kept(
    engine: Engine, db_url: str, write: Callable[[Session, list[int]], Any]
) -> None:
    from store.seed import seed_demo

    with Session(engine) as s:
        seed_demo(s, now=datetime.now(UTC))
        s.commit()
    ids = _pending(engine, [("commitment", FIELDS)])
    with Session(engine) as reader:
        # The slow writer (a message edit or delete being handled) sees the draft pending...
        seen = drafts.drafts_for(reader, SOURCE)
        assert [d.state for d in seen] == [DraftState.PENDING]
        if db_url.startswith("sqlite"):
            # SQLite writers take the database lock when they begin, so the click could not
            # land inside this transaction; the handler reads and writes in two of them.
            reader.commit()
        # ...a Log it click commits in another session...
        with Session(engine) as clicker:
            logged = drafts.log_draft(
                clicker, ids[0], user="U1", permalink=None, audience=Audience(channel="C1"), now=NOW
            )
            assert logged is not None and logged.commitment is not None
            commitment_id = logged.commitment.id
            clicker.commit()
        # ...and then the slow writer writes: its conditional UPDATE matches nothing.
        assert not write(reader, ids)
        reader.commit()
    with Session(engine) as s:
        draft = s.get(Draft, ids[0])
        assert draft is not None
        assert (draft.state, draft.commitment_id, draft.fields) == (DraftState.LOGGED, commitment_id, FIELDS)
        commitment = s.get(Commitment, commitment_id)
        assert commitment is not None and commitment.instrument == "loan"


def test_reread_updates_matching_pending_drafts_and_withdraws_the_rest(engine: Engine) -> None:
    ids = _pending(engine, [("commitment", FIELDS), ("commitment", FIELDS), ("project_update", {})])
    with Session(engine) as s:
        assert drafts.dismiss(s, ids[1], user="U1", now=NOW) is not None
        s.commit()
    later = NOW + timedelta(minutes=5)
    with Session(engine) as s:
        # The edited message still holds a commitment first; its second item is now a
        # project update and its third is gone.
        replaced = drafts.replace_pending(
            s, SOURCE, [("commitment", EDITED), ("project_update", {"project": "X"})], now=later
        )
        s.commit()
        assert [d.id for d in replaced.updated] == [ids[0]]
        assert [d.id for d in replaced.withdrawn] == [ids[2]]
    with Session(engine) as s:
        first, second, third = (s.get(Draft, i) for i in ids)
        assert first is not None and second is not None and third is not None
        assert (first.state, first.fields, first.updated_at) == (DraftState.PENDING, EDITED, later)
        assert (second.state, second.fields) == (DraftState.DISMISSED, FIELDS)  # settled: untouched
        assert (third.state, third.updated_at) == (DraftState.WITHDRAWN, later)


def test_the_store_stamps_the_time_it_is_given(engine: Engine) -> None:
    from store.seed import seed_demo

    with Session(engine) as s:
        seed_demo(s, now=datetime.now(UTC))
        s.commit()
    ids = _pending(engine, [("commitment", FIELDS), ("commitment", FIELDS)])
    with Session(engine) as s:
        created = s.get(Draft, ids[0])
        assert created is not None and (created.created_at, created.updated_at) == (NOW, NOW)
    logged_at, dismissed_at, carded_at = (NOW + timedelta(hours=h) for h in (1, 2, 3))
    with Session(engine) as s:
        logged = drafts.log_draft(s, ids[0], user="U1", permalink=None, audience=Audience(), now=logged_at)
        dismissed = drafts.dismiss(s, ids[1], user="U1", now=dismissed_at)
        assert logged is not None and dismissed is not None
        s.commit()
        assert (logged.draft.confirmed_at, logged.draft.updated_at) == (logged_at, logged_at)
        assert logged.commitment is not None
        assert (logged.commitment.created_at, logged.commitment.updated_at) == (logged_at, logged_at)
        audit_times = s.exec(
            select(AuditLog.at).where(
                AuditLog.entity_type == "commitment", AuditLog.entity_id == logged.commitment.id
            )
        ).all()
        assert audit_times == [logged_at]
        assert dismissed.updated_at == dismissed_at
        drafts.set_card(
            s, [d.id or 0 for d in drafts.drafts_for(s, SOURCE)], "1700000001.000200", now=carded_at
        )
        drafts.set_autolog(s, "C1", True, user="U1", now=carded_at)
        s.commit()
        assert {d.updated_at for d in drafts.drafts_for(s, SOURCE)} == {carded_at}
        undone, why = drafts.undo(s, ids[0], user="U1", is_admin=False, now=carded_at)
        assert why is None and undone is not None and undone.updated_at == carded_at
        commitment = s.get(Commitment, undone.commitment_id)
        assert commitment is not None and (commitment.status, commitment.updated_at) == (
            "withdrawn",
            carded_at,
        )


def test_an_event_and_its_message_are_claimed_once_in_one_insert(engine: Engine) -> None:
    with Session(engine) as s:
        assert drafts.claim_event_and_source(s, "Ev1", SOURCE, now=NOW) == (True, True)
        # Slack's retry of the same event: neither claim is taken again.
        assert drafts.claim_event_and_source(s, "Ev1", SOURCE, now=NOW) == (False, False)
        # Another event for a message already claimed (an edit read it first): the event only.
        assert drafts.claim_event_and_source(s, "Ev2", SOURCE, now=NOW) == (True, False)
        # A retried event whose message was never claimed leaves the message unclaimed, as
        # claiming the event first and stopping there did.
        assert drafts.claim(s, "event:Ev3", now=NOW)
        assert drafts.claim_event_and_source(s, "Ev3", "C1:1700000000.000200", now=NOW) == (False, False)
        assert drafts.claim(s, "source:C1:1700000000.000200", now=NOW)
        s.commit()


def test_the_claims_insert_is_compiled_once_and_stamps_the_time_given(engine: Engine) -> None:
    # Every message sends it: a form SQLAlchemy cannot cache (a multi-row VALUES) was
    # compiled anew each time.
    from sqlalchemy import event
    from sqlalchemy.engine.interfaces import CacheStats

    from store.models import ProcessedEvent

    seen: list[Any] = []

    def note(conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO PROCESSEDEVENT"):
            seen.append(context.cache_hit)

    event.listen(engine, "before_cursor_execute", note)
    with Session(engine) as s:
        for n in range(3):
            assert drafts.claim_event_and_source(s, f"EvC{n}", f"C1:170000000{n}.000100", now=NOW) == (
                True,
                True,
            )
        s.commit()
    assert seen[1:] == [CacheStats.CACHE_HIT, CacheStats.CACHE_HIT], seen
    with Session(engine) as s:
        stamped = s.exec(select(ProcessedEvent).where(ProcessedEvent.key == "event:EvC0")).one()
        assert stamped.at == NOW and s.get(ProcessedEvent, "source:C1:1700000000.000100") is not None


def test_created_drafts_are_in_the_session_as_if_loaded(engine: Engine) -> None:
    with Session(engine) as s:
        made = drafts.create_drafts(
            s,
            source_message=SOURCE,
            channel="C1",
            private=True,
            author="U2",
            items=[("commitment", FIELDS), ("project_update", {"project": "X", "new_status": "operating"})],
            now=NOW,
        )
        assert [(d.position, d.kind, d.state, d.channel_private) for d in made] == [
            (0, "commitment", DraftState.PENDING, True),
            (1, "project_update", DraftState.PENDING, True),
        ]
        assert all(d in s for d in made) and made[0].card_ts is None
        s.expire(made[0])  # what autolog does to a draft it could not log: read back from the row
        assert made[0].fields == FIELDS and made[0].author == "U2"
        assert drafts.set_card(s, [made[1].id or 0, 999_999, made[0].id or 0], "1.5", now=NOW) == [
            ("pending", made[1].fields),
            None,
            ("pending", FIELDS),
        ]
        assert drafts.set_card(s, [made[0].id or 0], "1.6", now=NOW) == [("pending", FIELDS)]
        s.commit()
    with Session(engine) as s:
        assert [d.card_ts for d in drafts.drafts_for(s, SOURCE)] == ["1.6", "1.5"]


def test_a_retry_racing_the_first_delivery_claims_nothing(engine: Engine) -> None:
    """Slack's retry of an event still being stored: whichever commits first holds both claims,
    the other gets (False, False) once it may go on, never a second claim or an error."""
    import threading

    from store.db import session_scope

    start = threading.Barrier(4)
    results: list[tuple[bool, bool]] = []
    errors: list[BaseException] = []

    def deliver() -> None:
        try:
            start.wait()
            with session_scope(engine) as s:
                results.append(drafts.claim_event_and_source(s, "EvRace", "C1:1700000009.000100", now=NOW))
        except BaseException as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)

    threads = [threading.Thread(target=deliver) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    assert sorted(results) == [(False, False)] * 3 + [(True, True)]


def test_the_first_read_finds_only_the_projects_the_audience_may_see(engine: Engine) -> None:
    """The card's project lookups ride on the claim transaction's first statement: what it
    reads is what names.named_id answers for the same audience."""
    from store import names
    from store.models import Project

    with Session(engine) as s:
        s.add(Project(name="Open Mine"))
        s.add(Project(name="Hidden Mine", source_private=True, source_channel="CPRIV"))
        s.commit()
    asked = ("Hidden Mine", "No Such Mine", "Open Mine")
    for audience in (Audience(channel="C1"), Audience(channel="CPRIV")):
        with Session(engine) as s:
            first = drafts.first_reads(s, audience.channel, ("JPY",), asked, audience=audience)
            expected = {name: names.named_id(s, Project, name, audience=audience) for name in asked}
        assert first.projects == expected
        assert first.projects["No Such Mine"] is None and first.projects["Open Mine"] is not None
        assert (first.projects["Hidden Mine"] is not None) == (audience.channel == "CPRIV")


def test_the_first_read_says_when_no_duplicate_is_possible(engine: Engine) -> None:
    """The duplicate check rides on the claim transaction's first statement: a pair it says
    has no candidate is one possible_duplicate finds nothing for, for the same audience (a
    private channel's record is a candidate only in that channel)."""
    made = [
        ("JP", "loan", "announced", NOW - timedelta(days=1), None),
        ("KR", "grant", "announced", NOW - timedelta(days=1), "CPRIV"),
        ("CN", "grant", "withdrawn", NOW - timedelta(days=1), None),
        ("AU", "loan", "announced", NOW - drafts.DUPLICATE_WINDOW - timedelta(days=1), None),
    ]
    with Session(engine) as s:
        for actor, instrument, status, created, private_in in made:
            s.add(
                Commitment(
                    actor=actor,
                    instrument=instrument,
                    status=status,
                    created_at=created,
                    source_private=private_in is not None,
                    source_channel=private_in,
                )
            )
        s.commit()
    asked = (("AU", "loan"), ("CN", "grant"), ("JP", "grant"), ("JP", "loan"), ("KR", "grant"))
    for audience in (Audience(channel="C1"), Audience(channel="CPRIV")):
        with Session(engine) as s:
            first = drafts.first_reads(s, audience.channel, (), (), asked, audience=audience, now=NOW)
            expected = {
                (actor, instrument): drafts.possible_duplicate(
                    s, {"actor": actor, "instrument": instrument}, NOW, audience=audience
                )
                is not None
                for actor, instrument in asked
            }
        assert first.maybe_duplicates == expected
        assert first.maybe_duplicates[("JP", "loan")] and not first.maybe_duplicates[("AU", "loan")]
        assert first.maybe_duplicates[("KR", "grant")] == (audience.channel == "CPRIV")


def test_the_card_ts_is_recorded_on_a_core_connection(engine: Engine) -> None:
    """set_card runs on a Core connection (no Session) after the card is posted."""
    from store.db import connection_scope, driver_autocommit, session_scope

    with session_scope(engine) as s:  # as the claim transaction: nothing expired at its commit
        made = drafts.create_drafts(
            s,
            source_message=SOURCE,
            channel="C1",
            private=False,
            author="U2",
            items=[("commitment", FIELDS), ("commitment", EDITED)],
            now=NOW,
        )
    # Every column was loaded from the INSERT's row: readable once the session is gone.
    assert (made[0].commitment_id, made[0].confirmed_at, made[0].created_at) == (None, None, NOW)
    with connection_scope(engine, autocommit=True) as conn:
        assert drafts.set_card(conn, [made[0].id or 0], "1.7", now=NOW) == [("pending", FIELDS)]
    with Session(engine) as s:
        assert [d.card_ts for d in drafts.drafts_for(s, SOURCE)] == ["1.7", None]
    # The same UPDATE on the driver's cursor (the card posted after a message): the same
    # answer, its JSON read back as a dict, the timestamp stored as SQLAlchemy stores it.
    later = NOW + timedelta(minutes=1)
    with driver_autocommit(engine) as statements:
        assert drafts.set_card(statements, [made[0].id or 0], "1.8", now=later) == [("pending", FIELDS)]
        assert drafts.set_card(statements, [999_999], "1.8", now=later) == [None]
    with Session(engine) as s:
        recorded = [(d.card_ts, d.updated_at) for d in drafts.drafts_for(s, SOURCE)]
        assert recorded == [("1.8", later), (None, NOW)]
    # A card of several drafts: on PostgreSQL on the driver's cursor too (an array, in the
    # order asked, None for one gone); on SQLite only on a Connection (an IN list).
    ids = [made[1].id or 0, 999_999, made[0].id or 0]
    shown = [("pending", EDITED), None, ("pending", FIELDS)]
    with driver_autocommit(engine) as statements:
        if engine.dialect.name == "postgresql":
            assert drafts.set_card(statements, ids, "1.9", now=later) == shown
        else:
            with pytest.raises(TypeError):
                drafts.set_card(statements, ids, "1.9", now=later)
    with connection_scope(engine, autocommit=True) as conn:
        assert drafts.set_card(conn, ids, "2.0", now=later) == shown
    with Session(engine) as s:
        assert [d.card_ts for d in drafts.drafts_for(s, SOURCE)] == ["2.0", "2.0"]


def _claim_and_create(
    s: Session | DriverReads, event: str, source: str, finishing: tuple[int, str] | None = None
) -> Any:
    return drafts.claim_and_create(
        s,
        event,
        source,
        channel="C1",
        private=False,
        author="U2",
        items=[("commitment", FIELDS), ("project_update", {"project": "X", "new_status": "operating"})],
        now=NOW,
        finishing=finishing,
    )


def test_one_statement_claims_and_stores_a_message_once(engine: Engine) -> None:
    """PostgreSQL: the claims, the drafts and the inbox item's finish in one statement, in
    autocommit, as claim_event_and_source and create_drafts claim and store them."""
    if engine.dialect.name != "postgresql":
        pytest.skip("data-modifying WITH: PostgreSQL")
    from store import inbox
    from store.db import session_scope

    with session_scope(engine) as s:
        item_id, _ = inbox.enqueue(s, kind="event", key="Ev1", payload={}, now=NOW, worker="w1")
    assert item_id is not None
    with session_scope(engine, autocommit=True) as s:
        claimed, made = _claim_and_create(s, "Ev1", SOURCE, finishing=(item_id, "w1"))
        assert (claimed.event, claimed.source, claimed.item_finished) == (True, True, True)
        assert [(d.position, d.kind, d.state, d.fields == made[0].fields) for d in made] == [
            (0, "commitment", DraftState.PENDING, True),
            (1, "project_update", DraftState.PENDING, False),
        ]
        assert made[0].fields == FIELDS and all(d in s for d in made) and made[0].created_at == NOW
        # Slack's retry of the same event: nothing claimed, stored nor finished again.
        claimed, again = _claim_and_create(s, "Ev1", SOURCE, finishing=(item_id, "w1"))
        assert (claimed.event, claimed.source, claimed.item_finished, again) == (False, False, False, [])
        # Another event for a message already claimed: the event only, no drafts.
        claimed, again = _claim_and_create(s, "Ev2", SOURCE)
        assert (claimed.event, claimed.source, claimed.item_finished, again) == (True, False, None, [])
        # A retried event whose message was never claimed leaves the message unclaimed.
        assert drafts.claim(s, "event:Ev3", now=NOW)
        claimed, again = _claim_and_create(s, "Ev3", "C1:1700000000.000200")
        assert (claimed.event, claimed.source, again) == (False, False, [])
        assert drafts.claim(s, "source:C1:1700000000.000200", now=NOW)
    with session_scope(engine) as s:
        stored = drafts.drafts_for(s, SOURCE)
        assert [(d.id, d.fields, d.created_at) for d in stored] == [(d.id, d.fields, NOW) for d in made]
        item = inbox.get(s, item_id)
        assert item is not None and (item.state, item.finished_at, item.claimed_until) == ("done", NOW, None)


def test_one_statement_racing_deliveries_store_the_message_once(engine: Engine) -> None:
    """Four deliveries of one event at once, each in autocommit: one claims and stores the
    drafts, the others claim and store nothing (and never fail)."""
    if engine.dialect.name != "postgresql":
        pytest.skip("data-modifying WITH: PostgreSQL")
    import threading

    from store.db import session_scope

    start = threading.Barrier(4)
    results: list[tuple[bool, bool, int]] = []
    errors: list[BaseException] = []

    def deliver() -> None:
        try:
            start.wait()
            with session_scope(engine, autocommit=True) as s:
                claimed, made = _claim_and_create(s, "EvRace", "C1:1700000009.000100")
                results.append((claimed.event, claimed.source, len(made)))
        except BaseException as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)

    threads = [threading.Thread(target=deliver) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    assert sorted(results) == [(False, False, 0)] * 3 + [(True, True, 2)]
    with session_scope(engine) as s:
        assert len(drafts.drafts_for(s, "C1:1700000009.000100")) == 2


def _private_and_public_news(engine: Engine) -> None:
    """Records a duplicate check may find: the same news in public and in channel CPRIV
    (its project kept there too), one withdrawn, one too old."""
    from store.models import FxRate, Project

    with Session(engine) as s:
        s.add(Project(name="Open Mine"))
        hidden = Project(name="Hidden Mine", source_private=True, source_channel="CPRIV")
        s.add(hidden)
        s.add(FxRate(currency="JPY", as_of=NOW.date(), usd_per_unit="0.0067", source="test"))
        s.flush()
        made = [
            ("JP", "loan", "announced", NOW - timedelta(days=1), None, None),
            ("KR", "grant", "announced", NOW - timedelta(days=1), "CPRIV", hidden.id),
            ("CN", "grant", "withdrawn", NOW - timedelta(days=1), None, None),
            ("AU", "loan", "announced", NOW - drafts.DUPLICATE_WINDOW - timedelta(days=1), None, None),
        ]
        for actor, instrument, status, created, private_in, project_id in made:
            s.add(
                Commitment(
                    actor=actor,
                    instrument=instrument,
                    status=status,
                    amount=100_000_000,
                    currency="JPY",
                    project_id=project_id,
                    created_at=created,
                    source_private=private_in is not None,
                    source_channel=private_in,
                )
            )
        s.commit()


NEWS = [
    ("commitment", {**FIELDS}),
    ("commitment", {"actor": "KR", "instrument": "grant", "amount": "100000000", "currency": "JPY"}),
    ("commitment", {"actor": "KR", "instrument": "grant", "project": "Hidden Mine"}),
    ("commitment", {"actor": "CN", "instrument": "grant", "project": "Open Mine"}),
    ("commitment", {"actor": "AU", "instrument": "loan", "amount": "5", "currency": "JPY"}),
]


@pytest.mark.parametrize("channel", ["C1", "CPRIV"])
def test_the_first_reads_and_the_card_on_the_driver_cursor_read_as_a_session(
    engine: Engine, channel: str
) -> None:
    """PostgreSQL's one-statement path reads a message's first reads and its card's duplicate
    checks on the driver's cursor: the same answers as on a Session, for the same audience (a
    private channel's record is a duplicate, and its project known, only in that channel)."""
    from store import draft_cards
    from store.db import driver_autocommit

    _private_and_public_news(engine)
    audience = Audience(channel=channel)
    currencies, projects = ("JPY", "USD"), ("Hidden Mine", "Open Mine", "No Such Mine")
    actors = tuple(sorted({(f["actor"], f["instrument"]) for _kind, f in NEWS}))
    with Session(engine) as s:
        made = drafts.create_drafts(
            s, source_message=SOURCE, channel=channel, private=False, author="U2", items=NEWS, now=NOW
        )
        s.commit()
        by_session = drafts.first_reads(s, channel, currencies, projects, actors, audience=audience, now=NOW)
        card_by_session = draft_cards.drafts_on_card(
            s,
            made,
            now=NOW,
            audience=audience,
            rates_read=by_session.rates,
            projects_read=by_session.projects,
        )
        rows_by_session = [drafts.possible_duplicate(s, f, NOW, audience=audience) for _kind, f in NEWS]
    with driver_autocommit(engine) as statements:
        by_driver = drafts.first_reads(
            statements, channel, currencies, projects, actors, audience=audience, now=NOW
        )
        card_by_driver = draft_cards.drafts_on_card(
            statements,
            made,
            now=NOW,
            audience=audience,
            rates_read=by_driver.rates,
            projects_read=by_driver.projects,
        )
        rows_by_driver = [
            drafts.possible_duplicate(statements, f, NOW, audience=audience) for _kind, f in NEWS
        ]
        assert drafts.autolog_enabled(statements, channel) is False
        with pytest.raises(TypeError):  # a rate not read first needs a Session
            draft_cards.drafts_on_card(statements, made, now=NOW, audience=audience, rates_read={})
    assert by_driver == by_session
    assert [type(v) for v in by_driver.rates["JPY"] or ()] == [type(v) for v in by_session.rates["JPY"] or ()]
    assert card_by_driver == card_by_session
    assert [r and r._asdict() for r in rows_by_driver] == [r and r._asdict() for r in rows_by_session]
    assert [r and [type(v) for v in r] for r in rows_by_driver] == [
        r and [type(v) for v in r] for r in rows_by_session
    ]
    duplicates = [v.duplicate_of is not None for v in card_by_driver]
    in_private = channel == "CPRIV"
    assert duplicates == [True, in_private, in_private, False, False]
    assert (
        by_driver.projects["Hidden Mine"] is not None
        if in_private
        else by_driver.projects["Hidden Mine"] is None
    )
    assert by_driver.maybe_duplicates[("KR", "grant")] == in_private


def test_one_statement_on_the_driver_cursor_claims_and_stores_a_message_once(engine: Engine) -> None:
    """PostgreSQL: claim_and_create on the driver's cursor claims, stores and finishes as on
    a Session in autocommit, once under Slack's retries; its drafts come back detached."""
    if engine.dialect.name != "postgresql":
        pytest.skip("data-modifying WITH: PostgreSQL")
    from sqlalchemy import inspect as sa_inspect

    from store import inbox
    from store.db import driver_autocommit, session_scope

    with session_scope(engine) as s:
        item_id, _ = inbox.enqueue(s, kind="event", key="Ev1", payload={}, now=NOW, worker="w1")
    assert item_id is not None
    with driver_autocommit(engine) as statements:
        claimed, made = _claim_and_create(statements, "Ev1", SOURCE, finishing=(item_id, "w1"))
        assert (claimed.event, claimed.source, claimed.item_finished) == (True, True, True)
        assert [(d.position, d.kind, d.state, d.created_at) for d in made] == [
            (0, "commitment", DraftState.PENDING, NOW),
            (1, "project_update", DraftState.PENDING, NOW),
        ]
        assert made[0].fields == FIELDS and all(sa_inspect(d).detached for d in made)
        # Slack's retry of the same event: nothing claimed, stored nor finished again.
        claimed, again = _claim_and_create(statements, "Ev1", SOURCE, finishing=(item_id, "w1"))
        assert (claimed.event, claimed.source, claimed.item_finished, again) == (False, False, False, [])
        # Another event for a message already claimed: the event only, no drafts.
        claimed, again = _claim_and_create(statements, "Ev2", SOURCE)
        assert (claimed.event, claimed.source, claimed.item_finished, again) == (True, False, None, [])
    with session_scope(engine) as s:
        stored = drafts.drafts_for(s, SOURCE)
        assert [(d.id, d.fields, d.card_ts, d.created_at) for d in stored] == [
            (d.id, d.fields, None, NOW) for d in made
        ]
        item = inbox.get(s, item_id)
        assert item is not None and (item.state, item.finished_at) == ("done", NOW)
