"""Database URLs as a person writes them, and what to say when the database cannot be reached."""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

EXAMPLES = "sqlite:///data/minerals.db or postgresql+psycopg://user:password@host:5432/minerals"
# PostgreSQL URLs without a driver name mean psycopg 3, the driver installed with the bot
# (SQLAlchemy would pick psycopg2, which is not).
_POSTGRES_SCHEMES = {"postgres", "postgresql", "postgresql+psycopg"}


def normalize_url(url: str) -> str:
    """The URL as SQLAlchemy should get it; ValueError saying what to write when it is unusable."""
    try:
        parsed = make_url(url.strip())
    except ArgumentError:
        # The text is not echoed: it may hold a password.
        raise ValueError(f"cannot be read as a database URL: write it as {EXAMPLES}") from None
    scheme = parsed.drivername
    if scheme in _POSTGRES_SCHEMES:
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    if scheme in ("sqlite", "sqlite+pysqlite"):
        return url.strip()
    raise ValueError(
        f"uses {scheme}, which minerals-bot does not support: use SQLite or PostgreSQL ({EXAMPLES})"
    )


def shown(url: str) -> str:
    """The URL with its password hidden, for messages."""
    return make_url(url).render_as_string(hide_password=True)


def connection_problem(exc: DBAPIError | OSError, url: str) -> str:
    """One line for a database that cannot be reached or used: what failed and what to do."""
    parsed = make_url(url)
    if isinstance(exc, OSError):  # the SQLite file's directory cannot be made
        text = f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc)
    else:
        text = str(exc.orig or exc).strip()
    detail = text.splitlines()[0] if text else type(exc).__name__
    if parsed.get_backend_name() == "sqlite":
        return (
            f"DATABASE_URL: cannot use the SQLite database {parsed.database or ':memory:'} ({detail}): "
            "check that its directory exists and is writable, or set DATABASE_URL to another file."
        )
    where = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
    lowered = detail.lower()
    if any(word in lowered for word in ("connection refused", "timeout", "timed out", "could not translate")):
        return (
            f"DATABASE_URL: no PostgreSQL answers at {where} ({detail}): start PostgreSQL there, "
            "or set DATABASE_URL to a server that runs."
        )
    return (
        f"DATABASE_URL: PostgreSQL at {where} could not be used ({detail}): check the user, "
        "password and database name in DATABASE_URL."
    )
