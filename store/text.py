"""Text as every backend can store it."""

from __future__ import annotations


def storable(text: str) -> str:
    """User text as every backend can store it. Slack's JSON and form bodies may carry NUL,
    which PostgreSQL refuses in text, and lone UTF-16 surrogates, which no database encodes:
    NUL is dropped and a lone surrogate becomes U+FFFD."""
    text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)
    return text
