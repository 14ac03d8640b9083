"""The `minerals-bot` command: serve, console, seed, db, import, export, digest, rates, corrections."""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import uuid
from datetime import UTC, date, datetime
from decimal import InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

from bot.app import make_services
from bot.core.settings import Settings, SettingsError, load_settings
from bot.progress import Progress, duration
from store.database_url import normalize_url
from store.db import session_scope
from store.visibility import EVERYTHING, PUBLIC

if TYPE_CHECKING:  # each command imports what it needs: `serve` starts without them
    from sqlalchemy.engine import Engine

    from store.corrections import CorrectionsReport

log = logging.getLogger("minerals_bot")
CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]+$")
MAX_SYNTHETIC = 1_000_000


def _engine(settings: Settings) -> Engine:
    """The migrated database's engine; a database that cannot be reached is a SettingsError."""
    return make_services(settings).engine


def synthetic_count(text: str) -> int:
    """`--synthetic N`: a whole number of projects from 1 to MAX_SYNTHETIC."""
    try:
        n = int(text.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a whole number: give how many synthetic projects to add, such as 1000"
        ) from None
    if not 1 <= n <= MAX_SYNTHETIC:
        raise argparse.ArgumentTypeError(
            f"{n:,} is not a number of projects to add: give one from 1 to {MAX_SYNTHETIC:,}"
        )
    return n


def database_arg(text: str) -> str:
    """`--database URL`: a SQLite or PostgreSQL URL, said what is wrong with it otherwise."""
    try:
        return normalize_url(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"the URL {exc}") from None


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" if n != 1 else f"1 {word.removesuffix('s')}"


def cmd_db(args: argparse.Namespace, settings: Settings) -> int:
    _engine(settings).dispose()
    print("Database is up to date.")
    return 0


def cmd_seed(args: argparse.Namespace, settings: Settings) -> int:
    from store.seed import seed_demo, seed_synthetic

    if args.synthetic is not None and not args.database:
        print(
            "Not seeded: synthetic data goes only into a database named with --database "
            "(for example --database sqlite:///data/synthetic.db), never into DATABASE_URL's.",
            file=sys.stderr,
        )
        return 2
    if args.database:
        settings = settings.model_copy(update={"database_url": args.database})
    engine = _engine(settings)
    with session_scope(engine) as session:
        if args.synthetic is not None:
            progress = Progress("Seeding", "rows")
            added = seed_synthetic(session, args.synthetic, now=datetime.now(UTC), progress=progress)
            progress.status("committing")
        else:
            added = seed_demo(session, now=datetime.now(UTC))
    engine.dispose()
    if args.synthetic is not None:
        progress.finish()
        print(
            f"Added {_plural(added['projects'], 'synthetic projects')} and "
            f"{_plural(added['commitments'], 'commitments')} (flagged synthetic) in "
            f"{duration(progress.elapsed())}."
        )
    else:
        what = ", ".join(f"{v} {k}" for k, v in added.items() if v) or "nothing (already there)"
        print(f"Demo data from the seed article: added {what}.")
    return 0


def cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    from store import transfer

    engine = _engine(settings)
    progress = Progress("Importing", "rows")
    try:
        rows = transfer.read_file(Path(args.file))
        with session_scope(engine) as session:
            report = transfer.import_rows(
                session, rows, actor="cli", audience=EVERYTHING, now=datetime.now(UTC), progress=progress
            )
            progress.status("committing")
    except FileNotFoundError:
        print(f"No such file: {args.file}", file=sys.stderr)
        return 2
    except transfer.ImportFailed as exc:
        progress.finish()
        print(exc, file=sys.stderr)
        return 1
    except ValueError as exc:
        progress.finish()
        print(f"Nothing was imported: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    progress.finish()
    print(transfer.report_text(report))
    return 0


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    from store import transfer

    if args.format == "csv" and args.kind == "all":
        print(
            "CSV holds one kind: name projects, commitments or initiatives (or use --format json for all).",
            file=sys.stderr,
        )
        return 2
    if args.out and not Path(args.out).resolve().parent.is_dir():
        print(f"Not exported: the folder of {args.out} does not exist.", file=sys.stderr)
        return 2
    engine = _engine(settings)
    progress = Progress("Exporting", "rows")
    with session_scope(engine, read_only=True) as session:
        if args.out:
            counts = transfer.export_to_path(
                session, Path(args.out), args.kind, audience=EVERYTHING, fmt=args.format, progress=progress
            )
        else:
            counts = transfer.write_export(
                session, sys.stdout, args.kind, audience=EVERYTHING, fmt=args.format, progress=progress
            )
    engine.dispose()
    progress.finish()
    what = ", ".join(_plural(n, kind) for kind, n in counts.items())
    if args.out:
        print(f"Wrote {what} to {args.out} in {duration(progress.elapsed())}.")
    elif progress.enabled:  # the export itself is on standard output: the summary goes aside
        print(f"Exported {what} in {duration(progress.elapsed())}.", file=sys.stderr)
    return 0


def cmd_rates(args: argparse.Namespace, settings: Settings) -> int:
    from store.rates import list_rates, parse_rate, set_rate
    from store.vocab import UnknownValue, normalize_currency

    engine = _engine(settings)
    with session_scope(engine) as session:
        if args.rates_command == "set":
            try:
                currency = normalize_currency(args.currency)
                rate = parse_rate(args.usd_per_unit)
                as_of = date.fromisoformat(args.as_of)
            except (UnknownValue, InvalidOperation, ValueError) as exc:
                print(f"Not changed: {exc or 'bad number'}", file=sys.stderr)
                return 2
            set_rate(session, currency, as_of, rate, source=args.source)
            print(f"1 {currency} = {rate} USD as of {as_of}")
            return 0
        for row in list_rates(session):
            print(f"{row.currency}  {row.usd_per_unit:>14}  {row.as_of}  {row.source or ''}")
    return 0


def cmd_rates_fetch(args: argparse.Namespace, settings: Settings) -> int:
    """Read FX_RATES_URL (the ECB's euro reference rates) into the rate table, all or nothing."""
    from jobs.fetch import FetchError
    from jobs.rates import BadRates, fetch_rates

    services = make_services(settings)
    try:
        stored = fetch_rates(services)
    except (FetchError, BadRates) as exc:
        print(f"Rates not changed: {exc} ({settings.fx_rates_url})", file=sys.stderr)
        return 1
    finally:
        services.engine.dispose()
    print(f"Stored {stored.count} rates as of {stored.day} from {stored.source}.")
    return 0


def cmd_feeds_poll(args: argparse.Namespace, settings: Settings) -> int:
    """Poll every watched feed now (those backing off after failures wait); print what each gave."""
    from bot.app import sending_client
    from handlers.feed_commands import feed_poster
    from jobs.feeds import poll_due

    try:
        client = sending_client(settings)
    except SettingsError as exc:
        print(exc.code, file=sys.stderr)
        return 2
    services = make_services(settings)
    try:
        post, tell = feed_poster(services, client)
        outcomes = poll_due(services, post=post, tell=tell, force=True)
    finally:
        services.engine.dispose()
    for o in outcomes:
        detail = f": {o.detail}" if o.detail else ""
        print(f"watch {o.watch_id}: {o.state}, {o.new} new item(s), {o.posted} card(s){detail}")
    if not outcomes:
        print("No watched feed is due.")
    return 1 if any(o.state == "failed" for o in outcomes) else 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from bot.server import serve

    settings.require_slack()
    return serve(settings)


def cmd_console(args: argparse.Namespace, settings: Settings) -> int:
    from bot.console import CONSOLE_DATABASE_URL, run_console

    memory = getattr(args, "memory", False)
    database = getattr(args, "database", None) or (None if memory else CONSOLE_DATABASE_URL)
    return run_console(settings, script=args.script, database_url=database)


def cmd_start(args: argparse.Namespace, settings: Settings) -> int:
    """`make run`: Slack when tokens are set, otherwise the console on the demo data."""
    if settings.has_slack_tokens:
        return cmd_serve(args, settings)
    print("No SLACK_BOT_TOKEN set: opening the local console on the demo data.\n")
    args.script = None
    return cmd_console(args, settings)


def cmd_digest(args: argparse.Namespace, settings: Settings) -> int:
    """Print a channel's digest (`preview`) or post it now (`send`); returns an exit code."""
    from bot.app import sending_client
    from bot.blockkit.digest import digest_text
    from jobs.runs import digest_preview, send_now

    channel = args.channel.strip().lstrip("#")
    if not CHANNEL_ID.match(channel):
        print(
            f"'{args.channel}' is not a channel ID: use the ID such as C0123ABCD (in Slack: "
            "channel name > About > Channel ID).",
            file=sys.stderr,
        )
        return 2
    day = None
    if getattr(args, "as_of", None):
        try:
            day = date.fromisoformat(args.as_of)
        except ValueError:
            print(f"'{args.as_of}' is not a date: use YYYY-MM-DD such as 2025-11-10.", file=sys.stderr)
            return 2
    client = None
    if args.digest_command == "send":
        try:
            client = sending_client(settings)
        except SettingsError as exc:
            print(exc.code, file=sys.stderr)
            return 2
    services = make_services(settings)
    progress = Progress(f"Digest for {channel}")
    try:
        if client is None:
            sys.stdout.write(digest_text(digest_preview(services, channel, day=day)))
            return 0
        progress.status("building and posting…")
        result = send_now(services, client, channel, requested_by="cli")
    finally:
        services.engine.dispose()
        progress.finish()
    stream = sys.stdout if result.state == "sent" else sys.stderr
    print(f"Digest for {channel}: {result.outcome}", file=stream)
    return 0 if result.state == "sent" else 1


def cmd_corrections(args: argparse.Namespace, settings: Settings) -> int:
    """Which fields people correct most in Edit: the extractor's error rate in production."""
    from store.corrections import corrections_report

    since = None
    if args.since is not None:
        try:
            since = date.fromisoformat(args.since.strip())
        except ValueError:
            print(f"'{args.since}' is not a date: use YYYY-MM-DD such as 2026-01-01.", file=sys.stderr)
            return 2
        if since > datetime.now(UTC).date():
            print(f"--since {since} is in the future: give a day up to today.", file=sys.stderr)
            return 2
    engine = _engine(settings)
    try:
        with session_scope(engine, read_only=True) as session:
            report = corrections_report(
                session, audience=EVERYTHING if args.include_private else PUBLIC, since=since
            )
    finally:
        engine.dispose()
    if args.json:
        print(json.dumps(corrections_json(report, include_private=args.include_private), indent=2))
    else:
        sys.stdout.write(corrections_text(report, include_private=args.include_private))
    return 0


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def _shown(value: object) -> str:
    """A corrected value as one short, inert line of terminal text."""
    if value is None or value == []:
        return "(none)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    text = _CONTROL.sub(" ", text).strip()
    return text if len(text) <= 60 else text[:59] + "…"


def corrections_text(report: CorrectionsReport, *, include_private: bool) -> str:
    """`minerals-bot corrections` as text: the fields people fix most, with examples."""
    when = f"since {report.since}" if report.since else "so far"
    if not report.logged:
        return f"No extractor-made drafts were logged {when}: no corrections to count yet.\n"
    auto = f", {report.autologged:,} of them automatically" if report.autologged else ""
    lines = [
        f"Corrections {when}: {_plural(report.logged, 'extractor-made drafts')} logged{auto}; "
        f"people corrected {report.corrected:,} of them in Edit ({report.corrected / report.logged:.1%}).",
    ]
    fixed = [f for f in report.fields if f.drafts]
    if fixed:
        lines.append("Fields people fix most (drafts corrected, share of the drafts logged):")
        width = max(len(f.label) for f in fixed)
        for f in fixed:
            examples = "; ".join(f"{_shown(e.before)} -> {_shown(e.after)}" for e in f.examples)
            lines.append(
                f"  {f.label:<{width}}  {f.drafts:>5,}  {f.share:>6.1%}"
                + (f"  e.g. {examples}" if examples else "")
            )
    never = [f.label for f in report.fields if not f.drafts]
    if never:
        lines.append("Never corrected: " + ", ".join(never) + ".")
    if report.country_unknown:
        left = report.country_unknown - report.country_filled
        lines.append(
            f"The actor's country was unknown on {_plural(report.country_unknown, 'cards')} "
            f"({report.country_unknown / report.logged:.1%} of those logged: organisations the reader "
            f"does not know); people gave it in Edit on {report.country_filled:,}, and "
            f"{_plural(left, 'commitments')} {'was' if left == 1 else 'were'} logged without one."
        )
    if report.country_from_records:
        lines.append(
            f"The actor's country came from the team's earlier records on "
            f"{_plural(report.country_from_records, 'cards')}; people changed it on "
            f"{report.country_from_records_changed:,}."
        )
    hidden = sum(f.private_examples_hidden for f in report.fields)
    if hidden and not include_private:
        lines.append(
            f"{_plural(hidden, 'corrections')} from private channels are counted but not shown "
            "(--include-private shows them)."
        )
    return "\n".join(lines) + "\n"


def corrections_json(report: CorrectionsReport, *, include_private: bool) -> dict[str, object]:
    """`minerals-bot corrections --json`: the same figures, every field, exact values."""
    return {
        "since": report.since.isoformat() if report.since else None,
        "drafts_logged": report.logged,
        "logged_automatically": report.autologged,
        "drafts_corrected": report.corrected,
        "country_unknown_on_card": report.country_unknown,
        "country_given_in_edit": report.country_filled,
        "country_from_records": report.country_from_records,
        "country_from_records_changed": report.country_from_records_changed,
        "include_private": include_private,
        "fields": [
            {
                "field": f.name,
                "label": f.label,
                "drafts_corrected": f.drafts,
                "share_of_logged": round(f.share, 4),
                "examples": [
                    {
                        "draft": e.draft_id,
                        "before": e.before,
                        "after": e.after,
                        "at": e.at.isoformat(),
                        "by": e.by,
                        "channel": e.channel,
                    }
                    for e in f.examples
                ],
                "private_examples_hidden": 0 if include_private else f.private_examples_hidden,
            }
            for f in report.fields
        ],
    }


class _WithoutTracebacks(logging.Formatter):
    """Log lines for a person at a terminal: the error, not its traceback (that is --debug's)."""

    def format(self, record: logging.LogRecord) -> str:
        bare = logging.makeLogRecord(
            {**record.__dict__, "exc_info": None, "exc_text": None, "stack_info": None}
        )
        return super().format(bare)


def _configure_logging(level: str, *, debug: bool, server: bool) -> None:
    handler = logging.StreamHandler()
    log_format = "%(asctime)s %(levelname)s %(name)s: %(message)s"
    # A server's log keeps tracebacks for its operator; the other commands show them with --debug.
    handler.setFormatter(logging.Formatter(log_format) if debug or server else _WithoutTracebacks(log_format))
    logging.basicConfig(level=level, handlers=[handler])


class _Parser(argparse.ArgumentParser):
    """argparse with `--debug` accepted before or after the subcommand."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.add_argument(
            "--debug",
            action="store_true",
            # Subcommands leave it alone unless given, so `--debug seed ...` also works.
            default=False if kwargs.get("prog") == "minerals-bot" else argparse.SUPPRESS,
            help="log at DEBUG and show the traceback of an unexpected error",
        )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="minerals-bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    sub.add_parser("start", help="Slack if tokens are set, else the local console").set_defaults(
        func=cmd_start
    )
    sub.add_parser("serve", help="run the Slack bot (Socket Mode or HTTP)").set_defaults(func=cmd_serve)
    console = sub.add_parser(
        "console", help="try the bot locally, without Slack, on its own database (data/console.db)"
    )
    console.add_argument("--script", help="a file of console lines to run instead of a prompt")
    where = console.add_mutually_exclusive_group()
    where.add_argument(
        "--memory", action="store_true", help="a throwaway database, gone when the console closes"
    )
    where.add_argument("--database", type=database_arg, metavar="URL", help="use this database instead")
    console.set_defaults(func=cmd_console)

    seed = sub.add_parser("seed", help="load demo or synthetic data")
    group = seed.add_mutually_exclusive_group(required=True)
    group.add_argument("--demo", action="store_true", help="the seed article's records")
    group.add_argument(
        "--synthetic", type=synthetic_count, metavar="N", help="N synthetic projects (needs --database)"
    )
    seed.add_argument(
        "--database", type=database_arg, metavar="URL", help="the database to fill (default: DATABASE_URL)"
    )
    seed.set_defaults(func=cmd_seed)

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="apply migrations").set_defaults(func=cmd_db)

    imp = sub.add_parser("import", help="import a CSV or JSON file, all or nothing")
    imp.add_argument("file")
    imp.set_defaults(func=cmd_import)

    exp = sub.add_parser("export", help="export records as CSV or JSON")
    exp.add_argument("kind", choices=["projects", "commitments", "initiatives", "all"])
    exp.add_argument("--format", choices=["csv", "json"], default="csv")
    exp.add_argument("--out", help="file to write (default: standard output)")
    exp.set_defaults(func=cmd_export)

    rates = sub.add_parser("rates", help="the exchange-rate table used for USD estimates")
    rates_sub = rates.add_subparsers(dest="rates_command", required=True)
    rates_sub.add_parser("list").set_defaults(func=cmd_rates)
    rates_sub.add_parser("fetch", help="read FX_RATES_URL (ECB euro reference rates)").set_defaults(
        func=cmd_rates_fetch
    )
    rset = rates_sub.add_parser("set")
    rset.add_argument("currency")
    rset.add_argument("usd_per_unit")
    rset.add_argument("--as-of", default=date.today().isoformat())
    rset.add_argument("--source")
    rset.set_defaults(func=cmd_rates)

    feeds_cmd = sub.add_parser("feeds", help="watched feeds")
    feeds_sub = feeds_cmd.add_subparsers(dest="feeds_command", required=True)
    feeds_sub.add_parser("poll", help="poll every watched feed now").set_defaults(func=cmd_feeds_poll)

    corr = sub.add_parser(
        "corrections", help="which fields people fix most in Edit (the extractor's error rate)"
    )
    corr.add_argument("--since", metavar="YYYY-MM-DD", help="count drafts logged since that day")
    corr.add_argument("--json", action="store_true", help="JSON instead of text")
    corr.add_argument(
        "--include-private",
        action="store_true",
        help="show examples from private channels too (counted either way; off by default)",
    )
    corr.set_defaults(func=cmd_corrections)

    digest = sub.add_parser("digest", help="preview or send a weekly digest")
    digest_sub = digest.add_subparsers(dest="digest_command", required=True)
    preview = digest_sub.add_parser("preview", help="print a channel's digest as text")
    preview.add_argument("--channel", required=True)
    preview.add_argument("--as-of", help="the run date (YYYY-MM-DD), default now")
    preview.set_defaults(func=cmd_digest)
    send = digest_sub.add_parser("send", help="send a channel's digest now")
    send.add_argument("--channel", required=True)
    send.set_defaults(func=cmd_digest)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    debug = bool(getattr(args, "debug", False))
    try:
        settings = load_settings()
        console = args.command == "console" or (args.command == "start" and not settings.has_slack_tokens)
        _configure_logging(
            "DEBUG" if debug else "WARNING" if console else settings.log_level,
            debug=debug,
            server=args.command in ("serve", "start") and not console,
        )
        return int(args.func(args, settings) or 0)
    except SettingsError as exc:
        print(exc.code, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last line of defence: one line, the traceback only with --debug
        error_id = uuid.uuid4().hex[:8]
        if debug:
            log.error("error %s in `%s`", error_id, args.command, exc_info=exc)
        first = (str(exc).strip().splitlines() or [""])[0]
        print(
            f"minerals-bot {args.command} failed: {type(exc).__name__}"
            + (f": {first}" if first else "")
            + f" (error id {error_id}"
            + ("" if debug else "; run again with --debug for the details")
            + ").",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
