"""Text as every backend can store it."""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import ValidationError


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


def error_message(error: Mapping[str, object]) -> str:
    """One of pydantic's validation errors as a sentence, without its "Value error, " prefix."""
    return str(error["msg"]).removeprefix("Value error, ")


def validation_summary(exc: ValidationError, *, limit: int = 3) -> str:
    """The first few validation errors, joined."""
    return "; ".join(error_message(e) for e in exc.errors()[:limit])
