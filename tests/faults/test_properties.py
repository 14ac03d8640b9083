"""Property-based tests (hypothesis) of the parsers and builders hostile text reaches first.

The filter language raises only its own errors (never a crash that becomes "something went
wrong"), and the Block Kit builders never let an unescaped `<` or an over-long field out.
Quick mode runs a few hundred examples per property; the release mode (`slow`) thousands.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlmodel import Session

from bot.blockkit import blocks
from bot.local_slack import block_kit_problems
from store.db import make_engine
from store.filters import (
    COMMITMENT_KEYS,
    PROJECT_KEYS,
    STATS_KEYS,
    FilterError,
    commitment_filter,
    parse_since,
    project_filter,
    split_filters,
    stats_grouping,
)
from store.text import storable
from store.visibility import Audience
from store.vocab import UnknownValue

EXAMPLES = [pytest.param(150, id="quick"), pytest.param(3000, id="release", marks=pytest.mark.slow)]
TODAY = date(2025, 11, 28)

KEYS = sorted(
    {
        *PROJECT_KEYS,
        *COMMITMENT_KEYS,
        *STATS_KEYS,
        "minerals",
        "countries",
        "actor",
        "type",
        "from",
        "to",
        "backed",
        "backers",
        "bogus",
        "Country",
        "BY",
    }
)
NASTY = [
    "'",
    '"',
    "\\",
    ":",
    "::",
    "\x00",
    "\u202e",
    "\u200b",
    "<!channel>",
    "&",
    "%",
    "_",
    "--",
    ";",
    "*",
    "🇯🇵",
    "\ud800",
    " ",
    "\t",
    "\n",
    "1e400",
    "-1",
    "9" * 30,
]
VALUES = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "CA",
            "Canada",
            "graphite",
            "rare-earths",
            "mining",
            "binding",
            "loan",
            "30d",
            "2w",
            "6m",
            "1y",
            "9999y",
            "0d",
            "2026-01-31",
            "0000-01-01",
            "9999-12-31",
            "G7",
            "Ontario",
            "JOGMEC",
            "country",
            *NASTY,
        ]
    ),
)
TOKEN = st.one_of(
    st.builds(lambda k, v: f"{k}:{v}", st.sampled_from(KEYS), VALUES),
    st.builds(lambda k, v: f'{k}:"{v}"', st.sampled_from(KEYS), VALUES),
    VALUES,
    st.sampled_from(NASTY),
)
FILTER_TEXT = st.one_of(st.lists(TOKEN, max_size=6).map(" ".join), st.text(max_size=80))


@pytest.fixture
def demo_engine(sqlite_url: str) -> Iterator[object]:
    from store.seed import seed_demo

    engine = make_engine(sqlite_url)
    with Session(engine) as s:
        seed_demo(s, now=datetime.now(UTC))
        s.commit()
    yield engine
    engine.dispose()


def _run(examples: int, test: object) -> None:
    settings(
        max_examples=examples, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
    )(test)()  # type: ignore[operator]


@pytest.mark.parametrize("examples", EXAMPLES)
def test_split_filters_raises_only_filter_errors(examples: int) -> None:
    @given(FILTER_TEXT, st.sampled_from([PROJECT_KEYS, COMMITMENT_KEYS, STATS_KEYS]))
    def check(text: str, allowed: tuple[str, ...]) -> None:
        try:
            parsed = split_filters(text, allowed)
        except FilterError as exc:
            assert str(exc)
            return
        assert set(parsed.values) <= set(allowed)
        assert all(v.strip() for v in parsed.values.values())

    _run(examples, check)


@pytest.mark.parametrize("examples", EXAMPLES)
def test_parse_since_gives_a_date_or_a_filter_error(examples: int) -> None:
    @given(
        st.one_of(
            VALUES, st.builds(lambda n, u: f"{n}{u}", st.integers(-10, 10**9), st.sampled_from("dwmyDWMY x"))
        ),
        st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)),
    )
    def check(value: str, today: date) -> None:
        try:
            since = parse_since(value, today)
        except FilterError:
            return
        assert isinstance(since, date)

    _run(examples, check)


@pytest.mark.parametrize("examples", EXAMPLES)
def test_project_and_commitment_filters_raise_only_their_errors(examples: int, demo_engine: object) -> None:
    audiences = st.sampled_from(
        [Audience(channel="C1"), Audience(channel="GPRIV"), Audience(everything=True)]
    )

    @given(FILTER_TEXT, audiences)
    @example("initiative:\ud800", Audience(channel="C1"))  # found by the release mode
    @example('project:"x\x00y"', Audience(channel="C1"))
    def check(text: str, audience: Audience) -> None:
        with Session(demo_engine) as session:  # type: ignore[arg-type]
            for parse in (
                lambda: project_filter(session, text, TODAY, audience=audience),
                lambda: commitment_filter(session, text, TODAY, audience=audience),
                lambda: commitment_filter(session, text, TODAY, allowed=STATS_KEYS, audience=audience),
                lambda: stats_grouping({"per": text.split(":")[-1]}),
            ):
                try:
                    parse()
                except (FilterError, UnknownValue) as exc:
                    assert str(exc)

    _run(examples, check)


# --- Block Kit builders ----------------------------------------------------------------------

TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(
        st.sampled_from(
            [
                "<",
                ">",
                "&",
                "&amp;",
                "&lt;",
                "<!channel>",
                "<@U1>",
                "<https://x|y>",
                "a",
                " ",
                "é",
                "🇯🇵",
                "\u202e",
                "*",
                "_",
                "`",
            ]
        ),
        max_size=1200,
    ).map("".join),
)
ENTITY = re.compile(r"&(amp|lt|gt);")


def _only_entities(text: str) -> bool:
    """Every & starts one of the three entities; no raw < or >."""
    return (
        "<" not in text
        and ">" not in text
        and all(ENTITY.match(text, m.start()) for m in re.finditer("&", text))
    )


@pytest.mark.parametrize("examples", EXAMPLES)
def test_escaped_text_never_carries_markup_and_clipping_never_splits_an_escape(examples: int) -> None:
    @given(TEXT, st.integers(min_value=2, max_value=4000))
    def check(text: str, limit: int) -> None:
        escaped = blocks.esc(text)
        assert _only_entities(escaped)
        assert escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") == text
        clipped = blocks.clip(escaped, limit)
        assert len(clipped) <= limit
        assert _only_entities(clipped.removesuffix("…"))

    _run(examples, check)


@pytest.mark.parametrize("examples", EXAMPLES)
def test_builders_stay_within_slack_limits_for_any_text(examples: int) -> None:
    @given(st.lists(TEXT, min_size=1, max_size=70), TEXT, st.text(max_size=300))
    def check(texts: list[str], label: str, url: str) -> None:
        built = [blocks.header(texts[0]), blocks.context(*[blocks.esc(t) for t in texts[:12]])]
        built += [blocks.section(blocks.esc(t)) for t in texts]
        built.append(blocks.fields_section([(t[:40], blocks.esc(t)) for t in texts[:14]]))
        built.append(
            blocks.actions(*[blocks.button(t or "x", f"a_{i}", str(i)) for i, t in enumerate(texts[:30])])
        )
        built.append(blocks.section(blocks.link(url, label)))
        message = blocks.fit_message(built)
        assert block_kit_problems(message) == []
        assert len(message) <= blocks.MAX_MESSAGE_BLOCKS
        assert len(json.dumps(message)) <= blocks.MAX_MESSAGE_CHARS + 2000
        for block in message:
            for text in _mrkdwn(block):
                # A link the builder made is the only markup allowed through.
                assert _only_entities(re.sub(r"<https?://[^|<> ]+\|[^<>]*>", "", text)), text
        fallback = blocks.fallback(" ".join(texts))
        assert len(fallback) <= blocks.MAX_FALLBACK_TEXT and _only_entities(fallback.removesuffix("…"))

    _run(examples, check)


def _mrkdwn(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        if node.get("type") == "mrkdwn":
            yield node["text"]
        for value in node.values():
            yield from _mrkdwn(value)
    elif isinstance(node, list):
        for value in node:
            yield from _mrkdwn(value)


@pytest.mark.parametrize("examples", EXAMPLES)
def test_links_only_for_safe_http_urls(examples: int) -> None:
    @given(
        st.one_of(st.text(max_size=80), st.builds(lambda s: "https://x.example/" + s, st.text(max_size=40))),
        TEXT,
    )
    def check(url: str, label: str) -> None:
        made = blocks.link(url, label)
        if made.startswith("<"):
            target, _, shown = made[1:-1].partition("|")
            assert target == url and url.startswith(("http://", "https://"))
            assert not any(c in url for c in "|<> ")
            assert _only_entities(shown)
        else:
            assert _only_entities(made)

    _run(examples, check)


@pytest.mark.parametrize("examples", EXAMPLES)
def test_storable_text_encodes_everywhere(examples: int, tmp_path: Path) -> None:
    @given(st.text(alphabet=st.characters(codec=None), max_size=200))
    def check(text: str) -> None:
        stored = storable(text)
        assert "\x00" not in stored
        stored.encode("utf-8")  # no lone surrogate left
        if "\x00" not in text:
            assert len(stored) == len(text)

    _run(examples, check)
