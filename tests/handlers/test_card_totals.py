"""Money on project and initiative cards is every commitment's, summed in SQL (no row limit)."""

from __future__ import annotations

import json
from decimal import Decimal

from sqlalchemy import insert
from sqlmodel import Session

from bot.blockkit import cards
from store import queries, totals
from store.models import Commitment, Initiative, Project, ProjectInitiativeLink
from store.visibility import Audience

COUNT = 5_202  # past the old row limits of both cards (1,000 and 5,000)


def test_card_totals_count_every_commitment(session: Session) -> None:
    project = Project(name="Big mine")
    initiative = Initiative(name="Big plan")
    session.add_all([project, initiative])
    session.flush()
    session.add(ProjectInitiativeLink(project_id=project.id, initiative_id=initiative.id))
    rows = [
        dict(
            actor="JP",
            instrument="loan",
            amount=Decimal("1000000.01"),
            currency="USD",
            usd_estimate=Decimal("1000000.01"),
            project_id=project.id,
            status="announced",
            minerals=[],
            source_private=False,
        )
        for _ in range(COUNT)
    ]
    rows.append({**rows[0], "status": "withdrawn"})  # not live: not counted, as in stats
    rows.append({**rows[0], "source_private": True, "source_channel": "GOTHER"})  # not this audience's
    session.execute(insert(Commitment), rows)
    session.commit()
    audience = Audience(channel="C1")
    expected = Decimal("1000000.01") * COUNT
    detail = queries.project_detail(session, project, audience=audience)
    assert (detail.money.usd, detail.money.by_currency, detail.commitment_count) == (
        expected,
        {"USD": expected},
        COUNT,
    )
    whole = queries.initiative_detail(session, initiative, audience=audience)
    assert (whole.money.usd, whole.commitment_count) == (expected, COUNT)
    stats = totals.totals(session, "country", audience=audience)
    assert stats.overall.money.usd == expected  # the card and `stats` agree
    blocks, _text = cards.project_card(detail, "project Big mine")
    shown = json.dumps(blocks, ensure_ascii=False)
    assert "USD 5.2bn" in shown and f"…and {COUNT - 15} more" in shown
