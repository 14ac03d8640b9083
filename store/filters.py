"""The filter language of `projects`, `commitments` and `stats`: `key:value` words.

country:CA mineral:graphite stage:mining status:binding initiative:"G7 CMAP"
by:JOGMEC instrument:offtake since:30d until:2026-01-31 by:country (stats)
country:JP,DE (any of several actors' countries) where:CA (the project's country)
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlmodel import Session

from store import names, vocab
from store.errors import UserError
from store.models import Initiative, Project
from store.queries import CommitmentFilter, ProjectFilter
from store.totals import TOTALS_DIMENSIONS
from store.visibility import Audience

PROJECT_KEYS = ("country", "mineral", "stage", "status", "initiative", "backer", "since")
COMMITMENT_KEYS = (
    "country",
    "mineral",
    "stage",
    "status",
    "initiative",
    "by",
    "instrument",
    "since",
    "until",
    "project",
    "where",
)
STATS_KEYS = (*COMMITMENT_KEYS, "group")
KEY_ALIASES = {
    "minerals": "mineral",
    "countries": "country",
    "actor": "by",
    "type": "instrument",
    "from": "since",
    "to": "until",
    "backed": "backer",
    "backers": "backer",
}


class FilterError(UserError, ValueError):
    """What was wrong with a filter and what to type instead."""

    def __init__(self, message: str, suggestion: str | None = None):
        self.suggestion = suggestion
        super().__init__(message + (f" Try `{suggestion}`." if suggestion else ""))


@dataclass
class ParsedFilters:
    values: dict[str, str] = field(default_factory=dict)
    words: list[str] = field(default_factory=list)  # free words (not key:value)


def split_filters(text: str, allowed: tuple[str, ...]) -> ParsedFilters:
    """key:value pairs and free words; an unknown key gets the closest valid one."""
    if "\x00" in text or not _encodable(text):  # no database can look such text up
        raise FilterError("That filter holds characters that cannot be searched for.")
    try:
        tokens = shlex.split(text)
    except ValueError:
        tokens = text.replace('"', " ").replace("'", " ").split()
    out = ParsedFilters()
    for token in tokens:
        if ":" not in token or token.startswith(("http://", "https://", ":")):
            out.words.append(token)
            continue
        key, value = token.split(":", 1)
        key = KEY_ALIASES.get(key.lower(), key.lower())
        if key not in allowed:
            close = vocab.suggest(key, allowed, limit=1)
            raise FilterError(
                f"`{key}:` is not a filter here (filters: {', '.join(k + ':' for k in allowed)}).",
                f"{close[0]}:{value}" if close else None,
            )
        if not value.strip():
            raise FilterError(f"`{key}:` needs a value, e.g. `{key}:{_example(key)}`.")
        out.values[key] = value.strip()
    return out


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")  # fails on a lone UTF-16 surrogate (JSON can carry one)
    except UnicodeEncodeError:
        return False
    return True


def _example(key: str) -> str:
    return {
        "country": "CA",
        "mineral": "graphite",
        "stage": "processing",
        "status": "binding",
        "initiative": "G7",
        "by": "JP",
        "instrument": "offtake",
        "since": "30d",
        "until": "2026-01-31",
        "backer": "US",
        "project": "Ontario",
        "group": "country",
        "where": "CA",
    }.get(key, "value")


def parse_since(value: str, today: date) -> date:
    """`30d`, `2w`, `6m`, `1y` ago, or an ISO date."""
    m = re.fullmatch(r"(\d{1,4})\s*([dwmy])", value.strip().lower())
    if m:
        n, unit = int(m.group(1)), m.group(2)
        days = {"d": 1, "w": 7, "m": 30, "y": 365}[unit] * n
        return today - timedelta(days=min(days, 365 * 200))
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise FilterError(f"`{value}` is not a date or a period.", "since:30d") from None


def _value(key: str, value: str) -> str:
    try:
        if key == "country":
            return vocab.normalize_country(value)
        if key == "mineral":
            return vocab.normalize_mineral(value)
        if key == "stage":
            return vocab.normalize_stage(value)
        if key == "instrument":
            return vocab.normalize_instrument(value)
    except vocab.UnknownValue as exc:
        suggestion = f"{key}:{exc.suggestions[0]}" if exc.suggestions else None
        raise FilterError(f"`{value}` is not a known {exc.kind}.", suggestion) from None
    return value


def _status(value: str | None, normalize: Callable[[str], str]) -> str | None:
    """A status filter value, normalized by the record kind's vocabulary."""
    if value is None:
        return None
    try:
        return normalize(value)
    except vocab.UnknownValue as exc:
        raise FilterError(
            f"`{value}` is not a {exc.kind}.", f"status:{exc.suggestions[0]}" if exc.suggestions else None
        ) from None


def project_filter(
    session: Session, text: str, today: date, *, audience: Audience
) -> tuple[ProjectFilter, list[str]]:
    """The filter and free words; `initiative:` names only what `audience` may see."""
    parsed = split_filters(text, PROJECT_KEYS)
    v = {k: _value(k, val) for k, val in parsed.values.items()}
    status = _status(v.get("status"), vocab.normalize_project_status)
    return ProjectFilter(
        country=v.get("country"),
        mineral=v.get("mineral"),
        stage=v.get("stage"),
        status=status,
        initiative_id=_initiative_id(session, v.get("initiative"), audience),
        backer=v.get("backer"),
        since=parse_since(v["since"], today) if "since" in v else None,
    ), parsed.words


def commitment_filter(
    session: Session,
    text: str,
    today: date,
    *,
    audience: Audience,
    allowed: tuple[str, ...] = COMMITMENT_KEYS,
) -> tuple[CommitmentFilter, dict[str, str], list[str]]:
    """The filter, the raw values (for `group` and echoing back), and free words.

    `project:` and `initiative:` resolve only names `audience` may see, so a private
    channel's record is neither confirmed to exist nor suggested elsewhere."""
    parsed = split_filters(text, allowed)
    several = parsed.values.pop("country", "") if "," in parsed.values.get("country", "") else ""
    countries = tuple(dict.fromkeys(_value("country", c) for c in several.split(",") if c.strip()))
    v = {
        k: (_value("country" if k == "where" else k, val) if k != "by" else val)
        for k, val in parsed.values.items()
    }
    if several:
        v["country"] = ",".join(countries)
    status = _status(v.get("status"), vocab.normalize_commitment_status)
    project_id = None
    if "project" in v:
        found, suggestions = names.find_by_name(session, Project, v["project"], audience=audience)
        if found is None:
            raise FilterError(
                f"No project called `{v['project']}`.", f'project:"{suggestions[0]}"' if suggestions else None
            )
        project_id = found
    return (
        CommitmentFilter(
            country=None if countries else v.get("country"),
            countries=countries,
            project_country=v.get("where"),
            mineral=v.get("mineral"),
            instrument=v.get("instrument"),
            status=status,
            initiative_id=_initiative_id(session, v.get("initiative"), audience),
            project_id=project_id,
            actor=v.get("by"),
            stage=v.get("stage"),
            since=parse_since(v["since"], today) if "since" in v else None,
            until=parse_since(v["until"], today) if "until" in v else None,
        ),
        v,
        parsed.words,
    )


def stats_grouping(value: str | None) -> str:
    if not value:
        return "country"
    value = value.lower()
    if value in TOTALS_DIMENSIONS:
        return value
    close = vocab.suggest(value, TOTALS_DIMENSIONS, limit=1)
    raise FilterError(
        f"Cannot group by `{value}` (groups: {', '.join(TOTALS_DIMENSIONS)}).",
        f"stats by:{close[0]}" if close else "stats by:country",
    )


def _initiative_id(session: Session, value: str | None, audience: Audience) -> int | None:
    if not value:
        return None
    found, suggestions = names.find_by_name(session, Initiative, value, audience=audience)
    if found is None:
        raise FilterError(
            f"No initiative called `{value}`.", f'initiative:"{suggestions[0]}"' if suggestions else None
        )
    return found
