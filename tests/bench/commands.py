"""The slash commands the benchmark measures: one table for the HTTP bench (both modes) and
the cost tool, so that "every command" means the same list everywhere.

Every `/minerals` subcommand a member uses to read is here, answered in the ack as Slack
calls it. Left out, and why: the writes (`log`, `add`, `follow`, `unfollow`, `digest
subscribe|unsubscribe|quiet`, `autolog`, `links`, `watch <url>`), which change the store or
open a modal through Slack's API on each request; `read <url>`, which fetches a web page;
`digest now`, which posts; and `digest preview`, whose acked note is the same path as
`export initiatives` and whose digest is measured on its own (the digest rows of the
report). `export initiatives` stands for the deferred commands: its ack is what Slack
times, and its work after the ack (a small CSV sent to the local Slack) stays small. A
closed-loop client of a deferred command sends its next request once the reply of the last
has reached its response_url, as a member waits for the file before asking again; the bench
reports that time too (before 2026-11-30's seventh session it sent the next at the ack, so
each ack raced the previous exports' uploads for the CPU).
"""

from __future__ import annotations

from collections.abc import Callable

FIND_QUERIES = ["lithium processing", "graphite mining", "rare earths", "nickel recycling"]
# Commands whose ack hands their work to a thread that replies to the response_url.
DEFERRED = frozenset({"export initiatives"})
QUESTIONS = [
    "how much has Japan committed to graphite?",
    "which projects are in Canada?",
    "top 5 countries by money committed",
    "what changed this week?",
]


def misspelt(name: str) -> str:
    return name.replace("Synthetic", "Synthetc", 1) if "Synthetic" in name else name[:-1]


def commands(names: list[str], initiative: str, commitment_ids: list[int]) -> dict[str, Callable[[int], str]]:
    """Label -> the command text of the i-th request; `names`: project names to ask for,
    `initiative`: an initiative's name (the seed's first holds a third of the projects),
    `commitment_ids`: commitments to open."""

    def name(i: int) -> str:
        return names[i % len(names)]

    return {
        "help": lambda i: "help",
        "find <words>": lambda i: f"find {FIND_QUERIES[i % len(FIND_QUERIES)]}",
        "projects country:CA mineral:graphite": lambda i: "projects country:CA mineral:graphite",
        "project <name>": lambda i: f"project {name(i)}",
        "project <misspelt name>": lambda i: f"project {misspelt(name(i))}",
        "initiative <name>": lambda i: f"initiative {initiative}",
        "commitment <number>": lambda i: f"commitment {commitment_ids[i % len(commitment_ids)]}",
        "commitments by:JP": lambda i: "commitments by:JP",
        "stats by:country": lambda i: "stats by:country",
        "upcoming": lambda i: "upcoming",
        "digest list": lambda i: "digest list",
        "following": lambda i: "following",
        "watch list": lambda i: "watch list",
        "export initiatives": lambda i: "export initiatives",
        "<question in plain words>": lambda i: (
            QUESTIONS[i % len(QUESTIONS)] if i % 5 else f"who has committed to {name(i)}?"
        ),
    }
