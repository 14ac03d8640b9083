"""Settings from the environment or `.env`; a bad value stops start-up with one clear line."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from store.database_url import normalize_url
from store.text import error_message

DEFAULT_DATABASE_URL = "sqlite:///data/minerals.db"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
ON, OFF = frozenset({"1", "true", "yes", "on"}), frozenset({"0", "false", "no", "off"})


class SettingsError(SystemExit):
    """Raised with the one line to print when configuration is wrong."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    slack_bot_token: str | None = Field(default=None, repr=False)
    slack_signing_secret: str | None = Field(default=None, repr=False)
    slack_app_token: str | None = Field(default=None, repr=False)
    slack_api_url: str = "https://slack.com/api/"
    database_url: str = DEFAULT_DATABASE_URL
    # PostgreSQL: statements prepared on their connection (store/db.py). 0 behind PgBouncer in
    # transaction mode before 1.21 or without max_prepared_statements, where a statement
    # prepared on one server connection is executed on another.
    database_prepare: bool = True
    slash_command: str = "/minerals"
    port: int = Field(default=3000, ge=1, le=65535)
    host: str = "0.0.0.0"
    admin_user_ids: str = ""
    digest_timezone: str = "UTC"
    digest_grace_hours: float = Field(default=12, ge=0)
    max_body_bytes: int = Field(default=1_000_000, ge=1024)
    log_level: str = "INFO"
    # HTTP mode: server processes sharing PORT (each with its own connection pool).
    web_concurrency: int = Field(default=1, ge=1, le=64)
    # Slack requests each HTTP process works on at once (bot/dispatch_gate.py).
    web_threads: int = Field(default=4, ge=1, le=256)
    # How long a worker holding more connections than another leaves it a new one (bot/fair_accept.py).
    web_accept_wait_ms: float = Field(default=2, ge=0, le=1000)
    # How often each process looks for acknowledged work a crashed process left (jobs/inbox.py).
    inbox_recovery_seconds: float = Field(default=60, ge=1, le=3600)
    # Rendered answers of read commands kept per data version, per process (handlers/
    # answer_cache.py): at most this many, and about this many MB of memory. 0: off.
    answer_cache_size: int = Field(default=1024, ge=0)
    answer_cache_mb: float = Field(default=32, ge=0)
    # The outside world (jobs/fetch.py): links, feeds and exchange rates.
    fetch_allow_private: bool = False  # 1: also read private and local addresses (an intranet)
    fx_rates_url: str = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml"
    feed_poll_minutes: float = Field(default=30, ge=1)

    @field_validator("slack_bot_token")
    @classmethod
    def _bot_token(cls, v: str | None) -> str | None:
        if v and not v.startswith("xoxb-"):
            raise ValueError("must be a bot token starting with xoxb- (OAuth & Permissions page)")
        return v or None

    @field_validator("slack_app_token")
    @classmethod
    def _app_token(cls, v: str | None) -> str | None:
        if v and not v.startswith("xapp-"):
            raise ValueError(
                "must be an app-level token starting with xapp- (Basic Information "
                "> App-Level Tokens, scope connections:write)"
            )
        return v or None

    @field_validator("slack_api_url")
    @classmethod
    def _api_url(cls, v: str) -> str:
        if not v.startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL such as https://slack.com/api/")
        return v if v.endswith("/") else v + "/"

    @field_validator("fx_rates_url")
    @classmethod
    def _rates_url(cls, v: str) -> str:
        if not v.startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL such as the ECB's eurofxref-daily.xml")
        return v

    @field_validator("slash_command")
    @classmethod
    def _command(cls, v: str) -> str:
        if not v.startswith("/") or " " in v:
            raise ValueError("must look like /minerals")
        return v

    @field_validator("digest_timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"'{v}' is not an IANA timezone such as Europe/Berlin") from None
        return v

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, v: str) -> str:
        return normalize_url(v)

    @field_validator("database_prepare", mode="before")
    @classmethod
    def _database_prepare(cls, v: object) -> object:
        if isinstance(v, bool):
            return v
        word = str(v).strip().lower()
        if word not in ON | OFF:
            raise ValueError(
                f"'{v}' is neither 1 nor 0: use 0 behind PgBouncer in transaction mode "
                "(before 1.21, or without max_prepared_statements), 1 (the default) otherwise"
            )
        return word in ON

    @field_validator("log_level")
    @classmethod
    def _log_level(cls, v: str) -> str:
        level = v.strip().upper()
        if level not in LOG_LEVELS:
            raise ValueError(f"'{v}' is not a log level: use one of {', '.join(LOG_LEVELS)}")
        return level

    @property
    def admins(self) -> frozenset[str]:
        return frozenset(u.strip() for u in self.admin_user_ids.split(",") if u.strip())

    @property
    def has_slack_tokens(self) -> bool:
        return bool(self.slack_bot_token)

    def require_slack(self) -> None:
        """For `serve`: the tokens it cannot run without."""
        if not self.slack_bot_token:
            raise SettingsError(
                "SLACK_BOT_TOKEN is not set: copy .env.example to .env and paste "
                "the xoxb- token from your app's OAuth & Permissions page."
            )
        if not self.slack_app_token and not self.slack_signing_secret:
            raise SettingsError(
                "SLACK_SIGNING_SECRET is not set (needed in HTTP mode): paste it "
                "from Basic Information > App Credentials, or set SLACK_APP_TOKEN "
                "for Socket Mode."
            )


def load_settings(**overrides: object) -> Settings:
    """Settings, or SettingsError naming the bad variable and how to fix it."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "setting"
        message = error_message(first)
        raise SettingsError(f"Configuration error: {name} {message}.") from None
