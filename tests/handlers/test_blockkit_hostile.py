"""Every Block Kit builder fed hostile records passes Slack's Block Kit rules (bot/local_slack).

Records as big as their columns allow, made of emoji (which Slack counts as two \\uXXXX
escapes), right-to-left and zero-width marks, broadcast markup, `&`, `$`, em dashes and
non-breaking spaces. Whatever the store holds, every card, list, form, digest and Home tab
fits: no button value over 2,000 escaped characters, no text over its limit, no raw ping.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from bot.blockkit import blocks, cards, confirm_card, digest, modals
from bot.blockkit.values import ModalMeta
from bot.local_slack import block_kit_problems, view_problems
from bot.local_slack.block_kit import MESSAGE_BLOCKS_TEXT_LIMIT
from bot.local_slack.block_kit import blocks_text_length as _blocks_text_length
from store import queries, vocab
from store.digest_content import (
    CommitmentLine,
    Digest,
    InstrumentGroup,
    MilestoneLine,
    StaleLine,
    StatusLine,
)
from store.draft_cards import DraftOnCard
from store.models import Claim, Commitment, Initiative, Milestone, Project, ProjectUpdate
from store.money import Money
from store.queries import InitiativeDetail, Page, ProjectDetail
from store.totals import Totals, TotalsRow

EXAMPLES = [pytest.param(60, id="quick"), pytest.param(1500, id="release", marks=pytest.mark.slow)]
NOW = datetime(2025, 11, 28, 9, tzinfo=UTC)
TODAY = NOW.date()

ROCKS = "Graphite" + "🪨" * 292  # the longest name a project may have, all emoji
PIECES = [
    "🪨",
    "🇯🇵",
    "👩🏽‍🔬",
    "—",
    "\u00a0",
    "\u202e",
    "\u200f",
    "\u200b",
    "\u200d",
    "\ufeff",
    "مرحبا",
    "שלום",
    "<!channel>",
    "<!here>",
    "<@U1>",
    "<#C1|x>",
    "<https://evil.example|x>",
    "&",
    "&amp;",
    "$",
    "$x^2$",
    "\\",
    '"',
    "*",
    "_",
    "`",
    "\n",
    "é",
    "a",
    " ",
]


def hostile(max_size: int) -> st.SearchStrategy[str]:
    """Text of at most `max_size` characters (a column's length): odd pieces, or one repeated."""
    return st.one_of(
        st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
        st.builds(lambda piece, n: piece * n, st.sampled_from(PIECES), st.integers(0, max_size)),
        st.text(alphabet=st.characters(blacklist_characters="\x00", codec="utf-8"), max_size=80),
    ).map(lambda text: text[:max_size])


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


AMOUNT = st.decimals(min_value=0, max_value=Decimal("9999999999999.99"), places=2)
CODE = st.one_of(st.sampled_from(["CA", "JP", "US", "DE", "AU", "XX"]), hostile(8))
MINERALS = st.lists(st.one_of(st.sampled_from(sorted(vocab.MINERALS_BY_CODE)), hostile(32)), max_size=6)
URL = maybe(st.one_of(hostile(2000), hostile(1900).map(lambda s: "https://example.org/" + s)))
DAY = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))
IDS = st.integers(1, 2**31 - 1)
PROVENANCE = {
    "source_url": URL,
    "source_channel": maybe(hostile(32)),
    "source_private": st.booleans(),
    "logged_by": maybe(st.one_of(st.sampled_from(["U1", "W2", "autolog", "import"]), hostile(64))),
    "updated_at": st.just(NOW),
    "created_at": st.just(NOW),
}

PROJECTS = st.builds(
    Project,
    id=IDS,
    name=st.one_of(st.just(ROCKS), hostile(300)),
    operator=maybe(hostile(300)),
    country=maybe(CODE),
    region=maybe(hostile(120)),
    minerals=MINERALS,
    stage=maybe(hostile(32)),
    status=maybe(hostile(32)),
    capacity=maybe(AMOUNT),
    capacity_unit=maybe(hostile(40)),
    expected_start_year=maybe(st.integers(1900, 2100)),
    backers=st.lists(hostile(120), max_size=8),
    description=maybe(hostile(20000)),
    synthetic=st.booleans(),
    **PROVENANCE,
)
INITIATIVES = st.builds(
    Initiative,
    id=IDS,
    name=st.one_of(st.just(ROCKS), hostile(300)),
    short_name=maybe(hostile(80)),
    lead=maybe(hostile(120)),
    members=st.lists(CODE, max_size=12),
    launched_on=maybe(DAY),
    venue=maybe(hostile(300)),
    pillars=st.lists(hostile(60), max_size=8),
    status=hostile(32),
    description=maybe(hostile(20000)),
    **PROVENANCE,
)
COMMITMENTS = st.builds(
    Commitment,
    id=IDS,
    actor=st.one_of(CODE, hostile(200)),
    instrument=st.one_of(st.sampled_from(vocab.INSTRUMENTS), hostile(32)),
    amount=maybe(AMOUNT),
    currency=maybe(st.one_of(st.sampled_from(["USD", "CAD", "JPY"]), hostile(3))),
    amount_is_ceiling=st.booleans(),
    usd_estimate=maybe(AMOUNT),
    usd_rate_date=maybe(DAY),
    quantity=maybe(AMOUNT),
    quantity_unit=maybe(hostile(40)),
    minerals=MINERALS,
    project_id=maybe(st.integers(1, 5)),
    status=hostile(32),
    announced_on=maybe(DAY),
    statement=maybe(hostile(4000)),
    needs_review=st.booleans(),
    **PROVENANCE,
)
MILESTONES = st.builds(Milestone, id=IDS, title=hostile(300), due_on=DAY, **PROVENANCE)
UPDATES = st.builds(
    ProjectUpdate,
    id=IDS,
    project_id=IDS,
    old_status=maybe(hostile(32)),
    new_status=maybe(hostile(32)),
    note=maybe(hostile(4000)),
    happened_on=maybe(DAY),
    **PROVENANCE,
)
CLAIMS = st.builds(
    Claim,
    id=IDS,
    subject_type=st.just("initiative"),
    subject_id=IDS,
    attribute=hostile(64),
    value=hostile(500),
    note=maybe(hostile(2000)),
    **PROVENANCE,
)
MONEY = st.builds(
    Money,
    usd=AMOUNT,
    usd_ceiling=AMOUNT,
    by_currency=st.dictionaries(hostile(3), AMOUNT, max_size=12),
    unconverted=st.integers(0, 10**6),
    rate_date=maybe(DAY),
)
ROWS = st.builds(TotalsRow, key=hostile(300), count=st.integers(0, 10**7), money=MONEY)
TOTALS = st.builds(
    Totals,
    by=st.sampled_from(["country", "stage", "mineral", "initiative", "instrument", "status"]),
    rows=st.lists(ROWS, max_size=40),
    overall=ROWS,
)
COMMAND = st.one_of(hostile(500), st.just("find graphite" + "—" * 340))
PAGES = st.builds(
    lambda items, offset, extra: Page(items, offset + len(items) + extra, offset, 10),
    st.lists(st.one_of(PROJECTS, COMMITMENTS), max_size=10),
    st.integers(0, 10**6),
    st.integers(0, 10**6),
)
TEXT_KEYS = [
    "actor",
    "instrument",
    "currency",
    "quantity",
    "quantity_unit",
    "project",
    "initiative",
    "status",
    "announced_on",
    "statement",
    "counterparty",
    "new_status",
    "actor_country",
    "note",
]
# A draft's fields as the store keeps them (validated types), with any text in them.
DRAFT_FIELDS = st.builds(
    lambda texts, minerals, ceiling, amount, inferred: {
        **texts,
        "minerals": minerals,
        "amount_is_ceiling": ceiling,
        "amount": None if amount is None else str(amount),
        "currency_inferred": inferred,
    },
    st.dictionaries(st.sampled_from(TEXT_KEYS), maybe(hostile(4000))),
    MINERALS,
    st.booleans(),
    maybe(AMOUNT),
    st.booleans(),
)
DRAFTS = st.builds(
    DraftOnCard,
    draft_id=IDS,
    kind=st.sampled_from(["commitment", "project_update"]),
    state=st.sampled_from(["pending", "logged", "dismissed", "withdrawn", "undone"]),
    fields=DRAFT_FIELDS,
    usd_estimate=maybe(AMOUNT),
    usd_rate_date=maybe(DAY),
    project_known=st.booleans(),
    duplicate_of=maybe(IDS),
    duplicate_link=URL,
    commitment_id=maybe(IDS),
    confirmed_by=maybe(st.one_of(st.sampled_from(["U1", "autolog"]), hostile(64))),
    needs_review=st.booleans(),
    autologged=st.booleans(),
    autolog_held=maybe(hostile(200)),
)
LINES = st.builds(
    CommitmentLine,
    actor=hostile(200),
    instrument=st.one_of(st.sampled_from(vocab.INSTRUMENTS), hostile(32)),
    amount=maybe(AMOUNT),
    currency=maybe(hostile(3)),
    is_ceiling=st.booleans(),
    usd=maybe(AMOUNT),
    project=maybe(hostile(300)),
    initiative=maybe(hostile(300)),
    status=hostile(32),
    link=URL,
)
DIGESTS = st.builds(
    Digest,
    channel=maybe(hostile(32)),
    timezone=st.just("UTC"),
    period_start=st.just(NOW),
    period_end=st.just(NOW),
    period_label=hostile(200),
    groups=st.lists(
        st.builds(
            InstrumentGroup, instrument=hostile(32), commitments=st.lists(LINES, max_size=8).map(tuple)
        ),
        max_size=6,
    ).map(tuple),
    week=MONEY,
    to_date=MONEY,
    status_changes=st.lists(
        st.builds(
            StatusLine,
            project=hostile(300),
            old_status=maybe(hostile(32)),
            new_status=maybe(hostile(32)),
            happened_on=maybe(DAY),
        ),
        max_size=12,
    ).map(tuple),
    new_projects=st.lists(hostile(300), max_size=12).map(tuple),
    new_initiatives=st.lists(hostile(300), max_size=12).map(tuple),
    milestones=st.lists(st.builds(MilestoneLine, title=hostile(300), due_on=DAY), max_size=12).map(tuple),
    stale=st.lists(st.builds(StaleLine, project=hostile(300), last_changed=DAY), max_size=12).map(tuple),
    stale_total=st.integers(0, 10**6),
    money_by_country=st.lists(st.tuples(hostile(200), AMOUNT), max_size=15).map(tuple),
    command=st.sampled_from(["/minerals", "/minerals-test"]),
)
META = st.builds(
    ModalMeta,
    channel=st.none() | hostile(500),
    private=st.booleans(),
    draft=st.none() | st.integers(min_value=1, max_value=2**31 - 1),
)


def _buttons(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if node.get("type") == "button":
            yield node
        for value in node.values():
            yield from _buttons(value)
    elif isinstance(node, list):
        for value in node:
            yield from _buttons(value)


def _mrkdwn(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if node.get("type") == "mrkdwn":
            yield node["text"]
        for value in node.values():
            yield from _mrkdwn(value)
    elif isinstance(node, list):
        for value in node:
            yield from _mrkdwn(value)


# Markup the bot itself writes: mentions of user ids and links it made safe.
OWN_MARKUP = re.compile(r"<@[UW][A-Z0-9]+>|<https?://[^|<> ]+\|[^<>]*>|<#C[A-Z0-9]+>")


def assert_fits(built: Any, surface: str = "message") -> None:
    """Slack would accept it: Block Kit rules, escaped button values, no pings."""
    if surface == "message":
        message_blocks, _text = built
        assert block_kit_problems(message_blocks) == []
        assert _blocks_text_length(message_blocks) <= MESSAGE_BLOCKS_TEXT_LIMIT
    else:
        assert view_problems(built) == []
        message_blocks = built["blocks"]
    for button in _buttons(message_blocks):
        assert blocks.encoded_length(button.get("value", "")) <= blocks.MAX_BUTTON_VALUE, button
    for text in _mrkdwn(message_blocks):
        left = OWN_MARKUP.sub("", text)
        assert "<" not in left, left[max(0, left.index("<") - 60) : left.index("<") + 60]


def _row(row: Any, record: Any) -> Any:
    """What a card reads of a record (a NamedTuple of the store's plain rows)."""
    return row._make(getattr(record, name) for name in row._fields)


def _run(examples: int, test: Callable[..., None]) -> None:
    settings(
        max_examples=examples,
        deadline=None,
        database=None,
        # Records this big shrink for many minutes: the failing example is reported as found.
        phases=[Phase.explicit, Phase.reuse, Phase.generate],
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )(test)()


@pytest.mark.parametrize("examples", EXAMPLES)
def test_cards_of_hostile_records_fit(examples: int) -> None:
    @given(
        PROJECTS,
        INITIATIVES,
        st.lists(COMMITMENTS, max_size=20),
        st.lists(UPDATES, max_size=5),
        st.lists(CLAIMS, max_size=12),
        st.lists(MILESTONES, max_size=12),
        MONEY,
        st.integers(0, 10**6),
        COMMAND,
    )
    @example(
        Project(id=1, name=ROCKS, updated_at=NOW),
        Initiative(id=2, name=ROCKS, updated_at=NOW),
        [],
        [],
        [],
        [],
        Money(),
        0,
        "project " + ROCKS,
    )
    def check(project, initiative, commitments, updates, claims, milestones, money, count, command):  # type: ignore[no-untyped-def]
        detail = ProjectDetail(
            _row(queries.ProjectCard, project),
            [_row(queries.InitiativeName, initiative)],
            [_row(queries.CommitmentLine, c) for c in commitments],
            [_row(queries.UpdateLine, u) for u in updates],
            money,
            count,
        )
        assert_fits(cards.project_card(detail, command))
        names = [project.name] * 30
        whole = InitiativeDetail(
            _row(queries.InitiativeCard, initiative),
            names,
            money,
            [_row(queries.ClaimLine, c) for c in claims],
            [_row(queries.MilestoneLine, m) for m in milestones],
            count,
            count + 30,
        )
        assert_fits(cards.initiative_card(whole, command))
        history = [queries.HistoryLine(NOW, "update", "U1", u.note) for u in updates]
        for c in commitments[:1]:
            one = queries.CommitmentDetail(
                _row(queries.CommitmentCard, c), project.name, initiative.name, history
            )
            assert_fits(cards.commitment_card(one, command))

    _run(examples, check)


@pytest.mark.parametrize("examples", EXAMPLES)
def test_lists_stats_and_search_of_hostile_records_fit(examples: int) -> None:
    @given(
        PAGES,
        TOTALS,
        st.lists(MILESTONES, max_size=30),
        st.lists(
            st.tuples(
                st.sampled_from(["project", "initiative", "commitment", "update"]),
                IDS,
                hostile(300),
                hostile(20000),
            ),
            max_size=15,
        ),
        st.lists(hostile(300), max_size=5),
        COMMAND,
        COMMAND,
    )
    @example(
        Page([], 0, 0, 10),
        Totals("country", [], TotalsRow("all")),
        [],
        [("project", 1, ROCKS, "")],
        [ROCKS, ROCKS + "x"],
        "graphite" + "—" * 340,
        "stats by:country since:1y" + "\u00a0" * 400,
    )
    def check(page, totals, milestones, hits, suggestions, args, command):  # type: ignore[no-untyped-def]
        projects = Page([p for p in page.items if isinstance(p, Project)], page.total, page.offset, 10)
        commitments = Page([c for c in page.items if isinstance(c, Commitment)], page.total, page.offset, 10)
        assert_fits(cards.project_list(projects, "projects", args, command))
        assert_fits(
            cards.commitment_list(commitments, {i: ROCKS for i in range(6)}, "commitments", args, command)
        )
        assert_fits(cards.stats_blocks(totals, args, command))
        assert_fits(cards.upcoming_blocks(milestones, 60, TODAY, command))
        assert_fits(cards.search_results(args, hits, command))
        assert_fits(cards.did_you_mean("project", args, suggestions, "project"))
        assert_fits(cards.error_blocks(args, command))
        assert_fits(cards.help_blocks("/minerals", [(args, command)], topic=args[:40]))

    _run(examples, check)


@pytest.mark.parametrize("examples", EXAMPLES)
def test_home_tab_confirm_card_digest_and_forms_of_hostile_records_fit(examples: int) -> None:
    @given(
        TOTALS,
        st.lists(COMMITMENTS, max_size=12),
        st.lists(MILESTONES, max_size=12),
        st.lists(DRAFTS, min_size=1, max_size=7, unique_by=lambda d: d.draft_id),
        DIGESTS,
        DRAFT_FIELDS,
        META,
    )
    def check(totals, latest, milestones, drafts, weekly, fields, meta):  # type: ignore[no-untyped-def]
        counts = {"initiatives": 10**6, "projects": 10**6}
        assert_fits(cards.home_view(totals, latest, milestones, counts, TODAY, command="/minerals"), "view")
        assert_fits(confirm_card.draft_card(drafts, extra=3, command="/minerals"))
        assert_fits(digest.digest_blocks(weekly))
        assert_fits(modals.project_modal(meta), "view")
        assert_fits(modals.initiative_modal(meta), "view")
        assert_fits(modals.commitment_modal(fields, meta), "view")

    _run(examples, check)
