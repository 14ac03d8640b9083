"""The digest's chart: the week's money by country, as PNG bytes (headless, no pyplot state)."""

from __future__ import annotations

import io
from decimal import Decimal

from store.digest_content import Digest

MAX_BARS = 10  # the rest are summed into one "others" bar


def literal(text: str) -> str:
    """Text matplotlib draws as written: an even number of `$` would otherwise be mathtext."""
    return text.replace("$", r"\$")


def chart_rows(money_by_key: tuple[tuple[str, Decimal], ...]) -> list[tuple[str, float]]:
    """Largest first, at most MAX_BARS rows (the last one "N others"), in USD millions."""
    rows = [(key, float(amount) / 1e6) for key, amount in money_by_key if amount > 0]
    if len(rows) > MAX_BARS:
        rest = rows[MAX_BARS - 1 :]
        rows = rows[: MAX_BARS - 1] + [(f"{len(rest)} others", sum(v for _, v in rest))]
    return rows


def money_chart_png(digest: Digest) -> bytes | None:
    """A horizontal bar chart of the week's USD by country; None when no money was committed."""
    return bars_png(chart_rows(digest.money_by_country), f"Money committed by country\n{digest.period_label}")


def bars_png(rows: list[tuple[str, float]], title: str) -> bytes | None:
    """Horizontal bars of (label, USD millions), first row on top; None when there are none."""
    if not rows:
        return None
    # Imported at the first chart: matplotlib is 54 MB of the server's memory and half a
    # second of its start-up, and most servers draw a chart rarely (a digest, a question).
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    # A Figure with its own Agg canvas: safe in scheduler threads, no display needed.
    figure = Figure(figsize=(7, 0.5 * len(rows) + 1.4), dpi=110)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    labels = [literal(label if len(label) <= 30 else label[:29] + "…") for label, _ in rows]
    values = [value for _, value in rows]
    # Numeric positions, not categories: two labels clipped alike stay two bars.
    positions = list(range(len(rows)))
    bars = axes.barh(positions, values[::-1], color="#2f6f9f")
    axes.set_yticks(positions, labels=labels[::-1])
    axes.bar_label(bars, labels=[f"{v:,.1f}" for v in values[::-1]], padding=3, fontsize=8)
    axes.set_xlabel("USD millions (estimate)")
    axes.set_title(literal(title), fontsize=9)
    axes.spines[["top", "right"]].set_visible(False)
    axes.margins(x=0.15)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
