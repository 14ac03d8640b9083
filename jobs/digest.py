"""The weekly digest's builder: store -> Digest of plain values (rendered in bot.blockkit.digest).

`build_digest` reads only what the audience may see: a channel's digest holds records from
public channels and from that channel, never from another private channel or a DM.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.blockkit.digest import TEXT_LIST_LIMIT, day_label
from store import follows, vocab
from store.digest_content import (
    MILESTONE_DAYS,
    STALE_DAYS,
    CommitmentLine,
    Digest,
    InstrumentGroup,
    MilestoneLine,
    StaleLine,
    StatusLine,
    usd_order,
)
from store.digests import money_to_date
from store.models import Commitment, Initiative, Project
from store.money import Money
from store.queries import (
    changes_between,
    records_by_ids,
    stale_projects,
    upcoming_milestones,
)
from store.visibility import Audience

SLACK_ARCHIVES = "https://slack.com/archives/"


def period_label(start: datetime, end: datetime, tz: str) -> str:
    """'Mon 3 Nov 2025 09:00 – Mon 10 Nov 2025 09:00 (Europe/Berlin)'."""
    zone = ZoneInfo(tz)
    a, b = start.astimezone(zone), end.astimezone(zone)
    return f"{day_label(a)} {a:%H:%M} – {day_label(b)} {b:%H:%M} ({tz})"


def message_link(
    source_url: str | None, source_message: str | None, archives: str = SLACK_ARCHIVES
) -> str | None:
    """The source: its URL, else a link to the Slack message ("C123:1700000000.000100")."""
    if source_url and source_url.startswith(("http://", "https://")):
        return source_url
    channel, _, ts = (source_message or "").partition(":")
    if channel[:1] in ("C", "G", "D") and ts.replace(".", "").isdigit():
        return f"{archives}{channel}/p{ts.replace('.', '')}"
    return None


def build_digest(
    session: Session,
    *,
    period_start: datetime,
    period_end: datetime,
    audience: Audience,
    tz: str,
    now: datetime,
    command: str,
    archives: str = SLACK_ARCHIVES,
    stale_days: int = STALE_DAYS,
) -> Digest:
    """Everything the audience may see about [period_start, period_end), as plain values."""
    changes = changes_between(session, period_start, period_end, audience=audience)
    lines = _commitment_lines(session, changes.new_commitments, audience, archives)
    week = Money()
    by_country: dict[str, Decimal] = defaultdict(Decimal)
    for c, line in zip(changes.new_commitments, lines, strict=True):
        week.add(c)
        if c.usd_estimate is not None:
            by_country[line.actor] += c.usd_estimate
    today = now.astimezone(ZoneInfo(tz)).date()
    milestones = upcoming_milestones(session, today, audience=audience, days=MILESTONE_DAYS)
    stale, stale_total = stale_projects(
        session, now, audience=audience, days=stale_days, limit=TEXT_LIST_LIMIT
    )
    return Digest(
        channel=audience.channel,
        timezone=tz,
        period_start=period_start,
        period_end=period_end,
        period_label=period_label(period_start, period_end, tz),
        groups=_group_by_instrument(lines),
        week=week,
        to_date=money_to_date(session, before=period_end, audience=audience),
        status_changes=tuple(
            StatusLine(s.project.name, s.update.old_status, s.update.new_status, s.update.happened_on)
            for s in changes.status_changes
        ),
        new_projects=tuple(p.name for p in changes.new_projects),
        new_initiatives=tuple(_initiative_name(i) for i in changes.new_initiatives),
        milestones=tuple(MilestoneLine(m.title, m.due_on) for m in milestones),
        stale=_gone_quiet(session, stale, audience, tz),
        stale_total=stale_total,
        money_by_country=tuple(sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0]))),
        command=command,
        stale_days=stale_days,
    )


def _gone_quiet(session: Session, stale: list[Project], audience: Audience, tz: str) -> tuple[StaleLine, ...]:
    """Projects gone quiet, followed ones first, each with whom to ask."""
    ids = [p.id for p in stale if p.id is not None]
    loggers = follows.last_loggers(session, ids, audience=audience)
    followed = follows.followed_project_ids(session)
    lines = [
        StaleLine(
            p.name,
            p.updated_at.astimezone(ZoneInfo(tz)).date(),
            last_logged_by=loggers.get(p.id or 0),
            followed=p.id in followed,
        )
        for p in stale
    ]
    return tuple(sorted(lines, key=lambda line: not line.followed))


def _commitment_lines(
    session: Session, commitments: list[Commitment], audience: Audience, archives: str
) -> list[CommitmentLine]:
    projects = records_by_ids(
        session, Project, sorted({c.project_id for c in commitments if c.project_id}), audience=audience
    )
    initiatives = records_by_ids(
        session,
        Initiative,
        sorted({c.initiative_id for c in commitments if c.initiative_id}),
        audience=audience,
    )

    def visible_name(record: Any) -> str | None:
        # A public commitment may point at a record logged privately: its name stays there.
        if record is None or not audience.can_see(record):
            return None
        return _initiative_name(record) if isinstance(record, Initiative) else record.name

    return [
        CommitmentLine(
            actor=vocab.country_name(c.actor_country) if c.actor_country else c.actor,
            instrument=c.instrument,
            amount=c.amount,
            currency=c.currency,
            is_ceiling=c.amount_is_ceiling,
            usd=c.usd_estimate,
            project=visible_name(projects.get(c.project_id or 0)),
            initiative=visible_name(initiatives.get(c.initiative_id or 0)),
            status=c.status,
            link=message_link(c.source_url, c.source_message, archives),
        )
        for c in commitments
    ]


def _initiative_name(initiative: Initiative) -> str:
    return initiative.short_name or initiative.name


def _group_by_instrument(lines: list[CommitmentLine]) -> tuple[InstrumentGroup, ...]:
    grouped: dict[str, list[CommitmentLine]] = defaultdict(list)
    for line in lines:
        grouped[line.instrument].append(line)
    groups = [InstrumentGroup(k, tuple(sorted(v, key=usd_order))) for k, v in grouped.items()]
    return tuple(sorted(groups, key=lambda g: (-g.usd, -len(g.commitments), g.instrument)))
