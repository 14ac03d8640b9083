from datetime import UTC, datetime
from decimal import Decimal

import pytest
from pydantic import ValidationError
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from store import records
from store.models import AuditLog, Claim, Commitment, Initiative, Project
from store.schemas import CommitmentIn, ProjectIn
from store.seed import seed_demo
from store.visibility import EVERYTHING


def test_commitment_gets_usd_estimate_with_rate_date(demo_session):
    c = records.create_commitment(
        demo_session,
        CommitmentIn(
            actor="Japan",
            instrument="loan",
            amount="150000000",
            currency="CAD",
            amount_is_ceiling=True,
            project="Canadian graphite mines",
        ),
        actor="U1",
        audience=EVERYTHING,
        now=datetime.now(UTC),
    )
    demo_session.commit()
    assert c.actor == "JP" and c.actor_country == "JP"
    assert c.usd_estimate == Decimal("107250000.00")  # 150m x 0.7150
    assert c.usd_rate_date.isoformat() == "2025-11-28"
    assert c.amount_is_ceiling is True
    audit = demo_session.exec(
        select(AuditLog).where(AuditLog.entity_type == "commitment", AuditLog.entity_id == c.id)
    ).one()
    assert audit.action == "create" and audit.actor == "U1"
    assert audit.after["amount"] == "150000000.00"


def test_times_are_timezone_aware_utc(demo_session):
    p = demo_session.exec(select(Project)).first()
    demo_session.expire_all()
    p = demo_session.get(Project, p.id)
    assert p.created_at.tzinfo is not None and p.created_at.utcoffset().total_seconds() == 0
    assert p.created_at <= datetime.now(UTC)


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"actor": "JP", "instrument": "lone"}, "Unknown instrument 'lone'. Did you mean loan"),
        ({"actor": "JP", "instrument": "loan", "amount": "-5", "currency": "USD"}, "negative"),
        ({"actor": "JP", "instrument": "loan", "amount": "5", "currency": "XYZ"}, "Unknown currency"),
        ({"actor": "JP", "instrument": "loan", "amount": "5"}, "needs a currency"),
        (
            {"actor": "JP", "instrument": "loan", "minerals": "graphit"},
            "Unknown mineral 'graphit'. Did you mean graphite",
        ),
        ({"actor": "JP", "instrument": "loan", "announced_on": "yesterday-ish"}, "YYYY-MM-DD"),
        ({"actor": "JP", "instrument": "loan", "status": "maybe"}, "Unknown commitment status"),
    ],
)
def test_commitment_input_is_validated_with_a_specific_message(fields, message):
    with pytest.raises(ValidationError) as err:
        CommitmentIn(**fields)
    assert message in str(err.value)


def test_project_unknown_country_suggests(session):
    with pytest.raises(ValidationError) as err:
        ProjectIn(name="X mine", country="Canda")
    assert "Did you mean Canada" in str(err.value)


def test_project_names_are_unique(demo_session):
    with pytest.raises(records.Duplicate):
        records.create_project(
            demo_session,
            ProjectIn(name="Canadian graphite mines"),
            actor="U1",
            audience=EVERYTHING,
            now=datetime.now(UTC),
        )


def test_database_enforces_foreign_keys(demo_session):
    demo_session.add(Commitment(actor="JP", instrument="loan", project_id=99999))
    with pytest.raises(IntegrityError):
        demo_session.flush()
    demo_session.rollback()


def test_seeding_twice_changes_nothing(session):
    first = seed_demo(session, now=datetime.now(UTC))
    session.commit()
    counts = {
        m: len(session.exec(select(m)).all()) for m in (Initiative, Project, Commitment, Claim, AuditLog)
    }
    second = seed_demo(session, now=datetime.now(UTC))
    session.commit()
    assert first["projects"] == 3 and first["commitments"] >= 10
    assert set(second.values()) == {0}
    assert counts == {m: len(session.exec(select(m)).all()) for m in counts}


def test_disagreeing_sources_each_keep_their_claim(demo_session):
    g7 = demo_session.exec(select(Initiative).where(Initiative.short_name == "G7 CMAP")).one()
    records.add_claim(
        demo_session,
        subject=g7,
        attribute="projects_count",
        value="25",
        actor="U2",
        provenance={"source_url": "https://example.org/other"},
        now=datetime.now(UTC),
    )
    demo_session.commit()
    values = {
        c.value
        for c in demo_session.exec(
            select(Claim).where(Claim.subject_id == g7.id, Claim.attribute == "projects_count")
        ).all()
    }
    assert values == {"25", "26"}


def test_status_change_moves_project_and_is_audited(demo_session):
    p = demo_session.exec(select(Project).where(Project.name.like("Ontario%"))).one()
    records.add_project_update(
        demo_session, p, actor="U1", new_status="permitting", note="entered permitting", now=datetime.now(UTC)
    )
    demo_session.commit()
    assert p.status == "permitting"
    audits = demo_session.exec(
        select(AuditLog).where(
            AuditLog.entity_type == "project", AuditLog.entity_id == p.id, AuditLog.action == "update"
        )
    ).all()
    assert audits[-1].before["status"] is None and audits[-1].after["status"] == "permitting"


def test_undo_keeps_the_row_and_audits(demo_session):
    c = records.create_commitment(
        demo_session,
        CommitmentIn(actor="DE", instrument="grant"),
        actor="U1",
        audience=EVERYTHING,
        now=datetime.now(UTC),
    )
    records.set_commitment_status(
        demo_session, c, "withdrawn", actor="U1", action="undo", now=datetime.now(UTC)
    )
    demo_session.commit()
    assert demo_session.get(Commitment, c.id).status == "withdrawn"
    actions = [
        a.action
        for a in demo_session.exec(
            select(AuditLog).where(AuditLog.entity_type == "commitment", AuditLog.entity_id == c.id)
        ).all()
    ]
    assert actions == ["create", "undo"]
