"""The filter language of `projects`, `commitments` and `stats`: `key:value` words.

country:CA mineral:graphite stage:mining status:binding initiative:"G7 CMAP"
by:JOGMEC instrument:offtake since:30d until:2026-01-31 per:country (stats)
On commitments `country:` is where the project is and `by:` is who committed (`by:JP,DE`: any of several).
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
)
STATS_KEYS = (*COMMITMENT_KEYS, "per", "group")
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


UNKNOWN_STATUS = "unknown"


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
            if key == "page":
                raise FilterError("`page:` is not a filter: the Next and Previous buttons turn pages.")
            # Only a suggestion that works when typed: `page:2` is not `stage:2`.
            close = [k for k in vocab.suggest(key, allowed, limit=3) if _parses(k, value)]
            raise FilterError(
                f"`{key}:` is not a filter here (filters: {', '.join(k + ':' for k in allowed)}).",
                f"{close[0]}:{quoted(value)}" if close else None,
            )
        if not value.strip():
            raise FilterError(f"`{key}:` needs a value, e.g. `{key}:{_example(key)}`.")
        out.values[key] = value.strip()
    return out


def quoted(value: str) -> str:
    """A filter value as it must be typed: quoted when it holds spaces, commas or quotes."""
    if re.fullmatch(r"[\w.+/-]+", value):
        return value
    return '"' + value.replace('"', "") + '"'


def _parses(key: str, value: str) -> bool:
    """Whether `key:value` would be accepted (names of records are checked when used)."""
    try:
        if key in ("since", "until"):
            parse_since(value, date(2000, 1, 1))
        elif key == "status":
            if value.lower() not in ("unknown", "unspecified"):
                try:
                    vocab.normalize_project_status(value)
                except vocab.UnknownValue:
                    vocab.normalize_commitment_status(value)
        elif key in ("per", "group"):
            return value.lower() in TOTALS_DIMENSIONS
        elif key in NORMALIZERS:
            _value(key, value)
    except (FilterError, vocab.UnknownValue):
        return False
    return True


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
        "per": "country",
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


NORMALIZERS: dict[str, Callable[[str], str]] = {
    "country": vocab.normalize_country,
    "mineral": vocab.normalize_mineral,
    "stage": vocab.normalize_stage,
    "instrument": vocab.normalize_instrument,
}


UNSPECIFIED = "unspecified"  # what stats call a group with no stage or no mineral


def _value(key: str, value: str) -> str:
    if key in ("stage", "mineral") and value.strip().lower() in (UNSPECIFIED, "unknown", "none"):
        return UNSPECIFIED
    try:
        if key in NORMALIZERS:
            return NORMALIZERS[key](value)
    except vocab.UnknownValue as exc:
        suggestion = _suggestion(key, value, exc.suggestions)
        raise FilterError(f"`{value}` is not a known {exc.kind}.", suggestion) from None
    return value


def _suggestion(key: str, value: str, suggestions: list[str]) -> str | None:
    """The first suggestion that parses when typed: a country as its code, a prefix first."""
    slug = re.sub(r"\s+", "-", value.strip().lower())
    ordered = [s for s in suggestions if s.startswith(slug)] + [
        s for s in suggestions if not s.startswith(slug)
    ]
    if key == "mineral":
        ordered = [c for c in sorted(vocab.MINERALS_BY_CODE, key=len) if c.startswith(slug)] + ordered
    for s in ordered:
        typed = (vocab.country_code(s) or s) if key == "country" else s
        if _parses(key, typed):
            return f"{key}:{quoted(typed)}"
    return None


def _status(value: str | None, normalize: Callable[[str], str]) -> str | None:
    """A status filter value, normalized by the record kind's vocabulary."""
    if value is None:
        return None
    if value.strip().lower() in ("unknown", "unspecified", "none"):
        return UNKNOWN_STATUS  # what a card says when no status is recorded
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
    several = parsed.values.pop("by", "") if "," in parsed.values.get("by", "") else ""
    countries = tuple(dict.fromkeys(_value("country", c) for c in several.split(",") if c.strip()))
    v = {k: (_value(k, val) if k != "by" else val) for k, val in parsed.values.items()}
    if several:
        v["by"] = ",".join(countries)
    status = _status(v.get("status"), vocab.normalize_commitment_status)
    project_id = None
    if "project" in v:
        found, suggestions = names.find_by_name(session, Project, v["project"], audience=audience)
        if found is None:
            raise FilterError(
                f"No project called `{v['project']}`.",
                f"project:{quoted(suggestions[0])}" if suggestions else None,
            )
        project_id = found
    return (
        CommitmentFilter(
            country=v.get("country"),
            countries=countries,
            mineral=v.get("mineral"),
            instrument=v.get("instrument"),
            status=status,
            initiative_id=_initiative_id(session, v.get("initiative"), audience),
            project_id=project_id,
            actor=None if countries else v.get("by"),
            stage=v.get("stage"),
            since=parse_since(v["since"], today) if "since" in v else None,
            until=parse_since(v["until"], today) if "until" in v else None,
        ),
        v,
        parsed.words,
    )


def stats_grouping(values: dict[str, str]) -> tuple[str, str | None]:
    """The grouping (`per:`, or `by:` naming a dimension) and the actor `by:` filters by.

    A dimension name is never an actor, so `stats by:stage` keeps grouping while `stats by:JP`
    filters by who committed, as `by:` does everywhere else."""
    by = values.get("by")
    actor = by if by and "," not in by else None  # several countries are the filter's `countries`
    grouping = values.get("per") or values.get("group")
    if by and by.lower() in TOTALS_DIMENSIONS:
        actor = None
        grouping = grouping or by
    if not grouping:
        return "country", actor
    grouping = grouping.lower()
    if grouping in TOTALS_DIMENSIONS:
        return grouping, actor
    close = vocab.suggest(grouping, TOTALS_DIMENSIONS, limit=1)
    raise FilterError(
        f"Cannot group by `{grouping}` (groups: {', '.join(TOTALS_DIMENSIONS)}).",
        f"stats per:{close[0]}" if close else "stats per:country",
    )


def _initiative_id(session: Session, value: str | None, audience: Audience) -> int | None:
    if not value:
        return None
    found, suggestions = names.find_by_name(session, Initiative, value, audience=audience)
    if found is None:
        raise FilterError(
            f"No initiative called `{value}`.",
            f"initiative:{quoted(suggestions[0])}" if suggestions else None,
        )
    return found


_FILTER_MEANING = {
    "country": 'where the project is: a code or a name (`country:CA`, `country:"South Korea"`)',
    "backer": "a backer of the project (`backer:US`)",
    "by": "who committed: a country or an organisation (`by:JP`, `by:JOGMEC`)",
    "mineral": "a mineral or group (`mineral:graphite`, `mineral:rare-earths`)",
    "initiative": "an initiative's name or short name (`initiative:G7`)",
    "project": "a project's name (`project:Ontario`)",
    "since": "on or after: `30d`, `2w`, `6m`, `1y` or a date (`since:2025-01-01`)",
    "until": "on or before a date (`until:2026-01-31`)",
    "per": "group by one of " + ", ".join(TOTALS_DIMENSIONS) + " (`per:stage`)",
}


def filter_help(kind: str) -> list[str]:
    """Each filter `kind` ("projects", "commitments", "stats", "export") takes, with its valid values."""
    keys = {
        "projects": PROJECT_KEYS,
        "commitments": COMMITMENT_KEYS,
        "stats": ("per", *COMMITMENT_KEYS),
        "export": COMMITMENT_KEYS,
    }.get(kind, ())
    values = {
        "stage": ", ".join(vocab.STAGES),
        "instrument": ", ".join(vocab.INSTRUMENTS),
        "status": ", ".join(
            (*vocab.PROJECT_STATUSES, "unknown") if kind == "projects" else vocab.COMMITMENT_STATUSES
        ),
    }
    lines = []
    for key in keys:
        if key in values:
            lines.append(f"`{key}:` one of {values[key]}")
        elif key in _FILTER_MEANING:
            lines.append(f"`{key}:` {_FILTER_MEANING[key]}")
    return lines
