"""Groups of countries people name in questions, and the country codes they stand for."""

from __future__ import annotations

# A group stands for its members and, where it commits in its own name (G7, EU), itself.
GROUPS: dict[str, tuple[str, ...]] = {
    "G7": ("CA", "FR", "DE", "IT", "JP", "GB", "US"),
    "EU": (
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
    ),  # fmt: skip
    "QUAD": ("US", "JP", "IN", "AU"),
    "G20": (
        "AR",
        "AU",
        "BR",
        "CA",
        "CN",
        "FR",
        "DE",
        "IN",
        "ID",
        "IT",
        "JP",
        "KR",
        "MX",
        "RU",
        "SA",
        "ZA",
        "TR",
        "GB",
        "US",
        "EU",
    ),  # fmt: skip
}
GROUP_NAMES = {"G7": "the G7", "EU": "the EU", "QUAD": "the Quad", "G20": "the G20"}
# Bodies that also act in their own name (store/vocab.py PSEUDO_COUNTRIES).
ACTS_ITSELF = frozenset({"G7", "EU"})

# How people write them (lower case, as the reader's tokens).
GROUP_WORDS: dict[tuple[str, ...], str] = {
    ("g7",): "G7",
    ("g-7",): "G7",
    ("group", "of", "seven"): "G7",
    ("eu",): "EU",
    ("european", "union"): "EU",
    ("quad",): "QUAD",
    ("g20",): "G20",
    ("g-20",): "G20",
}


def expand(code: str) -> tuple[str, ...]:
    """The actor codes a country or group code stands for: a group is itself and its members."""
    members = GROUPS.get(code)
    if members is None:
        return (code,)
    own = (code,) if code in ACTS_ITSELF else ()
    return tuple(dict.fromkeys((*own, *members)))
