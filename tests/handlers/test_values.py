"""Button values and private_metadata: round trips, the wire format old cards carry, tampering."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.blockkit.blocks import MAX_BUTTON_VALUE
from bot.blockkit.values import (
    MAX_OFFSET,
    DraftButton,
    FollowValue,
    ModalMeta,
    PageValue,
    RerunValue,
    ShareValue,
    UnfollowValue,
)

ALL = (RerunValue, ShareValue, PageValue, DraftButton, ModalMeta, FollowValue, UnfollowValue)


@pytest.mark.parametrize(
    "value",
    [
        RerunValue("project Ontario rare earth processing facilities"),
        ShareValue("stats by:country"),
        PageValue("commitments", 'by:JP project:"A"', 20),
        DraftButton(42),
        ModalMeta(channel="G123", private=True),
        ModalMeta(draft=7),
        FollowValue('project:"Mountain Pass"'),
        UnfollowValue(12),
    ],
)
def test_round_trip(value: object) -> None:
    raw = value.encode()  # type: ignore[attr-defined]
    assert len(raw) <= MAX_BUTTON_VALUE
    assert type(value).decode(raw) == value  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "cls, raw, expected",
    [  # exactly what the bot wrote before these classes: cards already posted keep working
        (RerunValue, '{"t":"project Ontario"}', RerunValue("project Ontario")),
        (ShareValue, '{"t": "stats by:country"}', ShareValue("stats by:country")),
        (PageValue, '{"c":"projects","a":"country:CA","o":10}', PageValue("projects", "country:CA", 10)),
        (DraftButton, "17", DraftButton(17)),
        (ModalMeta, '{"channel": "C1", "private": false}', ModalMeta(channel="C1")),
        (ModalMeta, '{"draft": 5}', ModalMeta(draft=5)),
        (FollowValue, '{"t":"country:CA"}', FollowValue("country:CA")),
        (UnfollowValue, '{"f":3}', UnfollowValue(3)),
    ],
)
def test_the_wire_format_of_cards_already_posted(cls: type, raw: str, expected: object) -> None:
    assert cls.decode(raw) == expected


def test_encoding_is_the_old_wire_format() -> None:
    assert json.loads(PageValue("projects", "x", 10).encode()) == {"c": "projects", "a": "x", "o": 10}
    assert json.loads(RerunValue("help").encode()) == {"t": "help"}
    assert DraftButton(3).encode() == "3"
    assert json.loads(ModalMeta(channel="C1").encode()) == {"channel": "C1", "private": False}


@pytest.mark.parametrize(
    "cls, raw",
    [
        (RerunValue, '{"t": 5}'),
        (RerunValue, '{"t": "   "}'),
        (RerunValue, "[1, 2]"),
        (ShareValue, "not json"),
        (PageValue, '{"c": "projects", "o": 1e400}'),
        (PageValue, '{"c": "projects", "o": "10"}'),
        (PageValue, '{"c": "projects", "o": true}'),
        (PageValue, '{"c": ["projects"], "o": 0}'),
        (PageValue, '{"c": "projects", "a": {"x": 1}}'),
        (DraftButton, "0"),
        (DraftButton, "-1"),
        (DraftButton, "2147483648"),
        (DraftButton, "١٢"),  # digits, but not ASCII ones
        (DraftButton, " 5"),
        (ModalMeta, '{"draft": "5; drop table"}'),
        (ModalMeta, '{"draft": 99999999999}'),
        (ModalMeta, '{"channel": 12}'),
        (ModalMeta, "[" * 100_000),
        (UnfollowValue, '{"f": true}'),
        (UnfollowValue, '{"f": "3"}'),
        (UnfollowValue, '{"f": 0}'),
        (FollowValue, '{"f": 3}'),  # nested past the JSON decoder's recursion limit
    ],
)
def test_tampered_values_decode_to_none(cls: type, raw: str) -> None:
    assert cls.decode(raw) is None


def test_a_tampered_offset_is_kept_within_bounds() -> None:
    assert PageValue.decode('{"c": "projects", "o": -5}') == PageValue("projects", "", 0)
    assert PageValue.decode('{"c": "projects", "o": 10000000000000}') == PageValue("projects", "", MAX_OFFSET)


@given(st.one_of(st.none(), st.text(), st.integers(), st.binary()))
def test_decoding_never_raises(raw: object) -> None:
    for cls in ALL:
        cls.decode(raw)


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(
                st.sampled_from(["t", "c", "a", "o", "f", "channel", "private", "draft"]),
                children,
                max_size=4,
            )
        ),
        max_leaves=12,
    )
)
def test_decoding_any_json_never_raises(data: object) -> None:
    raw = json.dumps(data)
    for cls in ALL:
        cls.decode(raw)
