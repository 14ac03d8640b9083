"""The `minerals-bot` command: serve, console, seed, db, import, export, digest, rates."""

from __future__ import annotations

import argparse
import logging
import re
import sys
from datetime import UTC, date, datetime
from decimal import InvalidOperation
from pathlib import Path

from bot.app import make_services
from bot.core.settings import Settings, SettingsError, load_settings
from store import transfer
from store.db import make_engine, session_scope, upgrade
from store.visibility import EVERYTHING

log = logging.getLogger("minerals_bot")
CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]+$")


def _engine(settings: Settings):  # type: ignore[no-untyped-def]
    upgrade(settings.database_url)
    return make_engine(settings.database_url)


def cmd_db(args: argparse.Namespace, settings: Settings) -> int:
    upgrade(settings.database_url)
    print("Database is up to date.")
    return 0


def cmd_seed(args: argparse.Namespace, settings: Settings) -> int:
    from store.seed import seed_demo, seed_synthetic

    engine = _engine(settings)
    with session_scope(engine) as session:
        if args.synthetic:
            added = seed_synthetic(session, args.synthetic, now=datetime.now(UTC))
            print(f"Added synthetic data (flagged synthetic=true): {added}")
        else:
            added = seed_demo(session, now=datetime.now(UTC))
            what = ", ".join(f"{v} {k}" for k, v in added.items() if v) or "nothing (already there)"
            print(f"Demo data from the seed article: added {what}.")
    return 0


def cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    engine = _engine(settings)
    try:
        rows = transfer.read_file(Path(args.file))
        with session_scope(engine) as session:
            report = transfer.import_rows(
                session, rows, actor="cli", audience=EVERYTHING, now=datetime.now(UTC)
            )
    except FileNotFoundError:
        print(f"No such file: {args.file}", file=sys.stderr)
        return 2
    except transfer.ImportFailed as exc:
        print(exc, file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"Nothing was imported: {exc}", file=sys.stderr)
        return 1
    print(transfer.report_text(report))
    return 0


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    if args.format == "csv" and args.kind == "all":
        print(
            "CSV holds one kind: name projects, commitments or initiatives (or use --format json for all).",
            file=sys.stderr,
        )
        return 2
    engine = _engine(settings)
    with session_scope(engine, read_only=True) as session:
        if args.out:
            transfer.export_to_path(session, Path(args.out), args.kind, audience=EVERYTHING, fmt=args.format)
            print(f"Wrote {args.out}")
        else:
            transfer.write_export(session, sys.stdout, args.kind, audience=EVERYTHING, fmt=args.format)
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
    from bot.console import run_console

    return run_console(settings, script=args.script)


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
    try:
        if client is None:
            sys.stdout.write(digest_text(digest_preview(services, channel, day=day)))
            return 0
        result = send_now(services, client, channel, requested_by="cli")
    finally:
        services.engine.dispose()
    stream = sys.stdout if result.state == "sent" else sys.stderr
    print(f"Digest for {channel}: {result.outcome}", file=stream)
    return 0 if result.state == "sent" else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="minerals-bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("start", help="Slack if tokens are set, else the local console").set_defaults(
        func=cmd_start
    )
    sub.add_parser("serve", help="run the Slack bot (Socket Mode or HTTP)").set_defaults(func=cmd_serve)
    console = sub.add_parser("console", help="try the bot locally, without Slack")
    console.add_argument("--script", help="a file of console lines to run instead of a prompt")
    console.set_defaults(func=cmd_console)

    seed = sub.add_parser("seed", help="load demo or synthetic data")
    group = seed.add_mutually_exclusive_group(required=True)
    group.add_argument("--demo", action="store_true", help="the seed article's records")
    group.add_argument("--synthetic", type=int, metavar="N", help="N synthetic projects")
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
    try:
        settings = load_settings()
        quiet = args.command in ("console", "start") and not settings.has_slack_tokens
        logging.basicConfig(
            level="WARNING" if quiet else settings.log_level,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
        return int(args.func(args, settings) or 0)
    except SettingsError as exc:
        print(exc.code, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
