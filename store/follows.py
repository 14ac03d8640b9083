"""Following: what each member follows, what happened that matches, and the outbox of notices.

Events are read from the audit log (every logged commitment, status change, project update
and milestone writes a row there), so nothing is missed after a crash: the cursor only moves
forward with the notices it made, and the log is read again with an overlap. A notice is
unique per (member, event key), so retries, restarts and replicas tell each member once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from store import names, vocab
from store.errors import UserError
from store.filters import FilterError, split_filters
from store.models import (
    AuditLog,
    Commitment,
    Follow,
    FollowCadence,
    FollowCursor,
    FollowNotice,
    Initiative,
    Milestone,
    NoticeState,
    Project,
    ProjectInitiativeLink,
    ProjectUpdate,
)
from store.visibility import Audience

FOLLOW_KEYS = ("country", "mineral", "instrument", "initiative", "project", "by")
CURSOR = "audit"
OVERLAP = timedelta(minutes=2)  # a transaction that committed late is still read
LEASE = timedelta(minutes=2)
MAX_ATTEMPTS = 5
MAX_FOLLOWS = 50
REMINDER_DAYS = (7, 1)


class NotFollowing(UserError):
    """The member does not follow that."""


@dataclass(frozen=True)
class FollowSpec:
    """A follow as understood: the filter text, its plain words and the values it matches."""

    filter_text: str
    description: str
    spec: dict[str, Any]
    cadence: FollowCadence = FollowCadence.AT_ONCE


@dataclass
class Event:
    """Something that happened to a record, as plain values (stored with each notice)."""

    key: str
    at: datetime
    kind: str  # commitment_logged, commitment_status, project_status, project_update, milestone, reminder
    channel: str | None
    private: bool
    facts: dict[str, Any] = field(default_factory=dict)  # what follows are matched against
    shown: dict[str, Any] = field(default_factory=dict)  # what the DM says

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "at": self.at.isoformat(),
            "channel": self.channel,
            "private": self.private,
            **self.shown,
        }


# --- understanding `follow <what>` -------------------------------------------------------


def understand(session: Session, text: str, *, audience: Audience) -> FollowSpec:
    """`country:JP mineral:graphite [daily]`, or a project or initiative name, as a follow."""
    words = text.strip().split()
    cadence = FollowCadence.AT_ONCE
    if words and words[-1].lower() in ("daily", "at-once", "now"):
        cadence = FollowCadence.DAILY if words.pop().lower() == "daily" else FollowCadence.AT_ONCE
    text = " ".join(words)
    if not text:
        raise FilterError("Follow what?", "follow country:JP mineral:graphite")
    parsed = split_filters(text, FOLLOW_KEYS)
    spec: dict[str, Any] = {}
    shown: dict[str, str] = {}
    if parsed.words:
        if parsed.values:
            raise FilterError(
                f"`{' '.join(parsed.words)}` is not a filter: give filters, or a name on its own.",
                f'follow project:"{" ".join(parsed.words)}"',
            )
        return _name_follow(session, " ".join(parsed.words), cadence, audience=audience)
    for key, value in parsed.values.items():
        spec_key, spec_value, label = _resolve(session, key, value, audience=audience)
        spec[spec_key], shown[key] = spec_value, label
    canonical = " ".join(
        _token(k, shown[k] if k in ("project", "initiative") else spec_value_text(spec, k))
        for k in FOLLOW_KEYS
        if k in shown
    )
    return FollowSpec(canonical, describe(shown), spec, cadence)


def spec_value_text(spec: dict[str, Any], key: str) -> str:
    return str(spec["actor" if key == "by" else key])


def _token(key: str, value: str) -> str:
    return f'{key}:"{value}"' if re.search(r"\s", value) else f"{key}:{value}"


def _resolve(session: Session, key: str, value: str, *, audience: Audience) -> tuple[str, Any, str]:
    """(spec key, value matched, words for it)."""
    try:
        if key == "country":
            code = vocab.normalize_country(value)
            return "country", code, vocab.country_name(code)
        if key == "mineral":
            code = vocab.normalize_mineral(value)
            name = vocab.MINERALS_BY_CODE[code].name if code in vocab.MINERALS_BY_CODE else code
            return "mineral", code, name.lower()
        if key == "instrument":
            code = vocab.normalize_instrument(value)
            return "instrument", code, code.replace("-", " ")
    except vocab.UnknownValue as exc:
        suggestion = f"follow {key}:{exc.suggestions[0]}" if exc.suggestions else None
        raise FilterError(f"`{value}` is not a known {exc.kind}.", suggestion) from None
    if key == "by":
        actor_code = vocab.country_code(value)
        if actor_code:
            return "actor", actor_code, vocab.country_name(actor_code)
        return "actor", value, value
    model = Project if key == "project" else Initiative
    found, suggestions = names.find_by_name(session, model, value, audience=audience)
    if found is None:
        raise FilterError(
            f"No {key} called `{value}`.", f'follow {key}:"{suggestions[0]}"' if suggestions else None
        )
    return f"{key}_id", found, _name_of(session, model, found)


def _name_follow(session: Session, name: str, cadence: FollowCadence, *, audience: Audience) -> FollowSpec:
    found: list[tuple[str, int, str]] = []
    suggestions: list[str] = []
    for key, model in (("project", Project), ("initiative", Initiative)):
        record_id, close = names.find_by_name(session, model, name, audience=audience)
        if record_id is not None:
            found.append((key, record_id, _name_of(session, model, record_id)))
        suggestions += close
    if not found:
        raise FilterError(
            f"`{name}` is neither a filter nor a project or initiative I know.",
            f'follow project:"{suggestions[0]}"' if suggestions else "follow country:JP mineral:graphite",
        )
    key, record_id, record_name = found[0]
    return FollowSpec(
        _token(key, record_name), describe({key: record_name}), {f"{key}_id": record_id}, cadence
    )


def _name_of(session: Session, model: type[Project] | type[Initiative], record_id: int) -> str:
    name = session.exec(select(model.name).where(model.id == record_id)).first()
    assert name is not None
    return name


def describe(shown: dict[str, str]) -> str:
    """The follow in plain words: "commitments by Japan on graphite, price floor"."""
    if set(shown) == {"project"}:
        return f"the project {shown['project']}: its commitments, updates and milestones"
    if set(shown) == {"initiative"}:
        return f"the initiative {shown['initiative']}: its commitments and its projects' news"
    parts = []
    if "instrument" in shown:
        parts.append(f"{shown['instrument']} commitments")
    else:
        parts.append("commitments and projects" if "by" not in shown else "commitments")
    if "country" in shown:
        parts.append(f"in {shown['country']}")
    if "by" in shown:
        parts.append(f"by {shown['by']}")
    if "mineral" in shown:
        parts.append(f"on {shown['mineral']}")
    if "project" in shown:
        parts.append(f"for {shown['project']}")
    if "initiative" in shown:
        parts.append(f"under {shown['initiative']}")
    return " ".join(parts)


# --- the member's follows -----------------------------------------------------------------


def add_follow(
    session: Session, member: str, wanted: FollowSpec, *, channel: str | None, now: datetime
) -> tuple[Follow, bool]:
    """(the follow, True if new); following again resumes a paused follow and sets its cadence."""
    existing = session.exec(
        select(Follow).where(Follow.member == member, Follow.filter_text == wanted.filter_text)
    ).first()
    if existing is not None:
        existing.cadence = wanted.cadence
        existing.paused, existing.paused_reason = False, None
        session.add(existing)
        return existing, False
    count = session.exec(select(func.count()).select_from(Follow).where(Follow.member == member)).one()
    if count >= MAX_FOLLOWS:
        raise UserError(f"You follow {count} things already; unfollow some first.")
    follow = Follow(
        member=member,
        filter_text=wanted.filter_text,
        description=wanted.description,
        spec=wanted.spec,
        channel=channel,
        cadence=wanted.cadence,
        created_at=now,
    )
    session.add(follow)
    session.flush()
    return follow, True


def follows_of(session: Session, member: str) -> list[Follow]:
    """The member's follows, oldest first (the numbers `following` shows)."""
    return list(session.exec(select(Follow).where(Follow.member == member).order_by(col(Follow.id))).all())


PRIVATE_FOLLOW = "a follow of a private channel's record (`following` there shows it)"


def follows_seen_by(session: Session, member: str, *, audience: Audience) -> list[Follow]:
    """The member's follows as shown to `audience`, numbered as `follows_of` (`as_seen_by`)."""
    return [as_seen_by(session, f, audience=audience) for f in follows_of(session, member)]


def as_seen_by(session: Session, follow: Follow, *, audience: Audience) -> Follow:
    """A follow naming a private channel's project or initiative keeps its number elsewhere,
    not its name (its words and filter hold the name): shown as a stand-in, not in the session."""
    if _named_records_visible(session, follow.spec, audience):
        return follow
    return Follow(
        id=follow.id,
        member=follow.member,
        filter_text="",
        description=PRIVATE_FOLLOW,
        spec={},
        cadence=follow.cadence,
        paused=follow.paused,
        paused_reason=follow.paused_reason,
        created_at=follow.created_at,
    )


def _named_records_visible(session: Session, spec: dict[str, Any], audience: Audience) -> bool:
    for key, model in (("project_id", Project), ("initiative_id", Initiative)):
        record = session.get(model, spec.get(key)) if isinstance(spec.get(key), int) else None
        if record is not None and not audience.can_see(record):
            return False
    return True


def remove_follow(session: Session, member: str, which: str, *, audience: Audience) -> Follow:
    """Unfollow by number (as listed), by id (`#12`, from a button) or by what was followed."""
    mine = follows_of(session, member)
    which = which.strip()
    chosen: Follow | None = None
    if which.isdigit() and 1 <= int(which) <= len(mine):
        chosen = mine[int(which) - 1]
    elif which.startswith("#") and which[1:].isdigit():
        chosen = next((f for f in mine if f.id == int(which[1:])), None)
    else:
        with_cadence = re.sub(r"\s+(daily|at-once|now)$", "", which, flags=re.IGNORECASE)
        chosen = next((f for f in mine if f.filter_text.lower() == with_cadence.lower()), None)
        if chosen is None:
            try:
                wanted = understand(session, with_cadence, audience=audience)
            except FilterError:
                wanted = None
            chosen = next((f for f in mine if wanted and f.filter_text == wanted.filter_text), None)
    if chosen is None:
        raise NotFollowing(f"You do not follow `{which}`. Type `following` for your list.")
    session.execute(
        update(FollowNotice)
        .where(col(FollowNotice.follow_id) == chosen.id, col(FollowNotice.state) == NoticeState.PENDING)
        .values(state=NoticeState.DROPPED, error="unfollowed")
    )
    session.delete(chosen)
    return chosen


def pause_member(session: Session, member: str, reason: str) -> int:
    """Slack refused a DM to the member: pause their follows and drop what is still owed."""
    session.execute(
        update(Follow).where(col(Follow.member) == member).values(paused=True, paused_reason=reason[:200])
    )
    result = session.execute(
        update(FollowNotice)
        .where(col(FollowNotice.member) == member, col(FollowNotice.state) == NoticeState.PENDING)
        .values(state=NoticeState.DROPPED, error=reason[:400])
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def active_follows(session: Session) -> list[Follow]:
    """Every follow not paused (the matcher's side of each event)."""
    return list(
        session.exec(select(Follow).where(col(Follow.paused).is_(False)).order_by(col(Follow.id))).all()
    )


def last_loggers(session: Session, project_ids: list[int], *, audience: Audience) -> dict[int, str]:
    """Who last logged something (an update, commitment or milestone, or the project) on each."""
    latest: dict[int, tuple[datetime, str]] = {}

    def consider(project_id: int | None, who: str | None, when: datetime) -> None:
        if project_id is not None and who and (project_id not in latest or latest[project_id][0] < when):
            latest[project_id] = (when, who)

    if not project_ids:
        return {}
    for model in (ProjectUpdate, Commitment, Milestone):
        stmt = select(model.project_id, model.logged_by, model.created_at).where(
            col(model.project_id).in_(project_ids), col(model.logged_by).is_not(None)
        )
        clause = audience.clause(model)
        for project_id, who, when in session.exec(stmt if clause is None else stmt.where(clause)).all():
            consider(project_id, who, when)
    stmt = select(Project.id, Project.logged_by, Project.created_at).where(col(Project.id).in_(project_ids))
    clause = audience.clause(Project)
    for project_id, who, when in session.exec(stmt if clause is None else stmt.where(clause)).all():
        consider(project_id, who, when)
    return {project_id: who for project_id, (_when, who) in latest.items()}


def followed_project_ids(session: Session) -> set[int]:
    """Projects someone follows by name (for the digest's "Gone quiet")."""
    ids = set()
    for spec in session.exec(select(Follow.spec)).all():
        if isinstance(spec, dict) and isinstance(spec.get("project_id"), int):
            ids.add(spec["project_id"])
    return ids


# --- events from the audit log ------------------------------------------------------------


def cursor(session: Session) -> datetime | None:
    row = session.get(FollowCursor, CURSOR)
    return row.at if row else None


def advance_cursor(session: Session, to: datetime) -> None:
    """Move the cursor forward (never back: a slower replica may come second)."""
    row = session.get(FollowCursor, CURSOR)
    if row is None:
        session.add(FollowCursor(name=CURSOR, at=to))
    elif row.at < to:
        row.at = to
        session.add(row)


def events_between(session: Session, start: datetime, end: datetime, *, audience: Audience) -> list[Event]:
    """What happened between `start` and `end` (audit rows), among what `audience` may see."""
    rows = session.exec(
        select(AuditLog)
        .where(col(AuditLog.at) >= start, col(AuditLog.at) <= end)
        .where(col(AuditLog.entity_type).in_(("commitment", "projectupdate", "milestone")))
        .order_by(col(AuditLog.id))
    ).all()
    events = []
    for row in rows:
        event = _event(session, row)
        if event is not None and _visible(event, audience):
            events.append(event)
    return events


def _visible(event: Event, audience: Audience) -> bool:
    return (
        audience.everything
        or not event.private
        or (event.channel is not None and event.channel == audience.channel)
    )


def _initiatives_of(session: Session, project_id: int | None) -> list[int]:
    if project_id is None:
        return []
    return list(
        session.exec(
            select(ProjectInitiativeLink.initiative_id).where(ProjectInitiativeLink.project_id == project_id)
        ).all()
    )


Where = tuple[str | None, bool]  # a record's channel, and whether it is private to it


def _shown_project(session: Session, project_id: Any, channel: str | None, private: bool) -> Project | None:
    """The project a record points at, if it may be shown wherever the record may: a private
    channel's project never rides on a record seen elsewhere (a public commitment an import
    linked to it, say), neither by its name nor by the facts a follow matches on."""
    project = session.get(Project, project_id) if isinstance(project_id, int) else None
    return project if project is not None and _seen_where(project, channel, private) else None


def _shown_initiatives(session: Session, ids: list[int], channel: str | None, private: bool) -> list[int]:
    """As `_shown_project`, for the initiatives a follow of `initiative:` matches on (the notice
    names the follow that matched, and so the initiative)."""
    shown = []
    for initiative_id in ids:
        initiative = session.get(Initiative, initiative_id)
        if initiative is not None and _seen_where(initiative, channel, private):
            shown.append(initiative_id)
    return shown


def _seen_where(record: Any, channel: str | None, private: bool) -> bool:
    """Whether `record` may be shown wherever a record of (`channel`, `private`) may: to
    that channel's audience if the record is private to it, else to anyone's."""
    return Audience(channel=channel if private else None).can_see(record)


def _about_project(project: Project | None, channel: str | None, private: bool) -> Where | None:
    """Where news about `project` (an update, a milestone) may be told: where the record was
    made, narrowed to the project's channel when the project is private; None when both are
    private to different channels (no one can be sure to see both), or there is no project."""
    if project is None:
        return None
    if _seen_where(project, channel, private):
        return channel, private
    if private:
        return None
    return project.source_channel, True


def _event(session: Session, row: AuditLog) -> Event | None:
    after = row.after or {}
    before = row.before or {}
    base = {
        "record_type": row.entity_type,
        "record_id": row.entity_id,
        "source_url": after.get("source_url"),
        "logged_by": after.get("logged_by") or row.actor,
    }
    channel, private = after.get("source_channel"), bool(after.get("source_private"))
    if row.entity_type == "commitment":
        if row.action == "create":
            kind = "commitment_logged"
        elif before.get("status") and before.get("status") != after.get("status"):
            kind = "commitment_status"
        else:
            return None
        project = _shown_project(session, after.get("project_id"), channel, private)
        project_id = project.id if project else None
        initiatives = _initiatives_of(session, project_id)
        if isinstance(after.get("initiative_id"), int):
            initiatives.append(after["initiative_id"])
        initiatives = _shown_initiatives(session, initiatives, channel, private)
        facts = {
            # As in `commitments country:`: where the project is; who committed is `by:`.
            "country": project.country if project else None,
            "actor": after.get("actor"),
            "actor_country": after.get("actor_country"),
            "minerals": after.get("minerals") or [],
            "instrument": after.get("instrument"),
            "project_id": project_id,
            "initiative_ids": initiatives,
        }
        shown = {
            **base,
            "commitment": after,
            "old_status": before.get("status") if kind == "commitment_status" else None,
            "new_status": after.get("status") if kind == "commitment_status" else None,
            "project_name": project.name if project else None,
        }
    elif row.entity_type == "projectupdate" and row.action == "create":
        project = session.get(Project, after.get("project_id"))
        where = _about_project(project, channel, private)
        if project is None or where is None:
            return None
        channel, private = where
        kind = "project_status" if after.get("kind") == "status_change" else "project_update"
        facts = _project_facts(session, project, (channel, private))
        shown = {
            **base,
            "project_name": project.name,
            "old_status": after.get("old_status"),
            "new_status": after.get("new_status"),
            "note": after.get("note"),
        }
    elif row.entity_type == "milestone" and row.action == "create" and after.get("project_id"):
        project = session.get(Project, after["project_id"])
        where = _about_project(project, channel, private)
        if project is None or where is None:
            return None
        channel, private = where
        kind = "milestone"
        facts = _project_facts(session, project, (channel, private))
        shown = {
            **base,
            "project_name": project.name,
            "title": after.get("title"),
            "due_on": after.get("due_on"),
        }
    else:
        return None
    return Event(f"audit:{row.id}", row.at, kind, channel, private, facts, shown)


def _project_facts(session: Session, project: Project, where: Where) -> dict[str, Any]:
    """What a follow matches news of `project` on, told where `where` says."""
    return {
        "country": project.country,
        "actor": None,
        "minerals": project.minerals or [],
        "instrument": None,
        "project_id": project.id,
        "initiative_ids": _shown_initiatives(session, _initiatives_of(session, project.id), *where),
    }


def reminder_events(session: Session, today: date, *, audience: Audience) -> list[Event]:
    """Milestones of projects due in 7 days and in 1 day: one reminder event each."""
    out = []
    for days in REMINDER_DAYS:
        stmt = select(Milestone).where(
            col(Milestone.due_on) == today + timedelta(days=days), col(Milestone.project_id).is_not(None)
        )
        clause = audience.clause(Milestone)
        if clause is not None:
            stmt = stmt.where(clause)
        for milestone in session.exec(stmt).all():
            project = session.get(Project, milestone.project_id)
            where = _about_project(project, milestone.source_channel, milestone.source_private)
            if project is None or where is None:
                continue
            out.append(
                Event(
                    f"milestone:{milestone.id}:{days}d:{milestone.due_on.isoformat()}",
                    datetime.combine(today, datetime.min.time(), tzinfo=milestone.created_at.tzinfo),
                    "reminder",
                    *where,
                    _project_facts(session, project, where),
                    {
                        "record_type": "milestone",
                        "record_id": milestone.id,
                        "source_url": milestone.source_url,
                        "project_name": project.name,
                        "title": milestone.title,
                        "due_on": milestone.due_on.isoformat(),
                        "days": days,
                    },
                )
            )
    return out


def matches(spec: dict[str, Any], event: Event) -> bool:
    """Whether the follow's every value holds for the event."""
    if not spec:
        return False
    facts = event.facts
    for key, value in spec.items():
        if key == "country" and facts.get("country") != value:
            return False
        if key == "mineral" and value not in (facts.get("minerals") or []):
            return False
        if key == "instrument" and facts.get("instrument") != value:
            return False
        if key == "actor" and not _same_actor(str(value), facts.get("actor"), facts.get("actor_country")):
            return False
        if key == "project_id" and facts.get("project_id") != value:
            return False
        if key == "initiative_id" and value not in (facts.get("initiative_ids") or []):
            return False
    return True


def _same_actor(wanted: str, actor: Any, country: Any) -> bool:
    if actor is None:
        return False
    code = vocab.country_code(wanted)
    return wanted.lower() == str(actor).lower() or (code is not None and code in (actor, country))


# --- the outbox -----------------------------------------------------------------------------


def enqueue(
    session: Session,
    *,
    member: str,
    event: Event,
    follow_id: int | None,
    due_at: datetime,
    bundle: bool,
    now: datetime,
) -> bool:
    """Owe the member a notice of the event; False if one is owed or sent already."""
    values = {
        "member": member,
        "event_key": event.key[:200],
        "follow_id": follow_id,
        "event": event.as_json(),
        "due_at": due_at,
        "bundle": bundle,
        "state": NoticeState.PENDING.value,
        "attempts": 0,
        "created_at": now,
    }
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = (
        insert(FollowNotice).values(**values).on_conflict_do_nothing(index_elements=["member", "event_key"])
    )
    return bool(session.execute(stmt).rowcount)  # type: ignore[attr-defined]


def members_due(session: Session, *, now: datetime, limit: int = 100) -> list[str]:
    """Members with a notice due now (or whose sender's lease lapsed)."""
    return list(
        session.exec(
            select(FollowNotice.member)
            .where(_due(now))
            .group_by(col(FollowNotice.member))
            .order_by(col(FollowNotice.member))
            .limit(limit)
        ).all()
    )


def _due(now: datetime) -> Any:
    return or_(
        (col(FollowNotice.state) == NoticeState.PENDING) & (col(FollowNotice.due_at) <= now),
        (col(FollowNotice.state) == NoticeState.CLAIMED) & (col(FollowNotice.claimed_until) < now),
    )


def claim_member(session: Session, member: str, *, claim: str, now: datetime) -> list[FollowNotice]:
    """Take every notice due to the member under the claim token; [] if another sender has them."""
    session.execute(
        update(FollowNotice)
        .where(col(FollowNotice.member) == member, _due(now))
        .values(
            state=NoticeState.CLAIMED,
            claimed_by=claim[:120],
            claimed_until=now + LEASE,
            attempts=col(FollowNotice.attempts) + 1,
        )
    )
    session.expire_all()
    return list(
        session.exec(
            select(FollowNotice)
            .where(
                col(FollowNotice.claimed_by) == claim[:120], col(FollowNotice.state) == NoticeState.CLAIMED
            )
            .order_by(col(FollowNotice.id))
        ).all()
    )


def dms_sent_since(session: Session, member: str, since: datetime) -> int:
    """How many DMs (not notices) the member got since `since`."""
    return int(
        session.exec(
            select(func.count(func.distinct(FollowNotice.message_ts))).where(
                col(FollowNotice.member) == member,
                col(FollowNotice.state) == NoticeState.SENT,
                col(FollowNotice.sent_at) >= since,
            )
        ).one()
    )


def mark_sent(session: Session, ids: list[int], *, claim: str, message_ts: str | None, now: datetime) -> int:
    result = session.execute(
        update(FollowNotice)
        .where(col(FollowNotice.id).in_(ids), col(FollowNotice.claimed_by) == claim[:120])
        .values(state=NoticeState.SENT, sent_at=now, message_ts=message_ts, claimed_until=None, error=None)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def postpone(
    session: Session, ids: list[int], *, claim: str, until: datetime, why: str, bundle: bool = False
) -> None:
    """Back to pending, due later: into a bundle past the daily limit, or a retry after an error."""
    values: dict[str, Any] = {"state": NoticeState.PENDING, "due_at": until, "claimed_until": None}
    values["error"] = why[:400]
    if bundle:
        values["bundle"] = True
    session.execute(
        update(FollowNotice)
        .where(col(FollowNotice.id).in_(ids), col(FollowNotice.claimed_by) == claim[:120])
        .values(**values)
    )


def fail(session: Session, ids: list[int], *, claim: str, error: str) -> None:
    session.execute(
        update(FollowNotice)
        .where(col(FollowNotice.id).in_(ids), col(FollowNotice.claimed_by) == claim[:120])
        .values(state=NoticeState.FAILED, claimed_until=None, error=error[:400])
    )


def drop(session: Session, ids: list[int], *, claim: str, why: str) -> None:
    session.execute(
        update(FollowNotice)
        .where(col(FollowNotice.id).in_(ids), col(FollowNotice.claimed_by) == claim[:120])
        .values(state=NoticeState.DROPPED, claimed_until=None, error=why[:400])
    )


def notices_for(session: Session, member: str) -> list[FollowNotice]:
    """Every notice of a member, oldest first (tests and support)."""
    return list(
        session.exec(
            select(FollowNotice).where(FollowNotice.member == member).order_by(col(FollowNotice.id))
        ).all()
    )


def prune(session: Session, *, before: datetime) -> int:
    """Forget finished notices created before `before`."""
    result = session.execute(
        delete(FollowNotice).where(
            col(FollowNotice.state).in_((NoticeState.SENT, NoticeState.FAILED, NoticeState.DROPPED)),
            col(FollowNotice.created_at) < before,
        )
    )
    return int(result.rowcount)  # type: ignore[attr-defined]
