"""Ranked full-text search: SQLite FTS5 kept by triggers, PostgreSQL GIN expression indexes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import Session

from store.visibility import Audience

# kind -> (table, slot in the FTS rowid, title SQL, body SQL)
_DOCS: dict[str, tuple[str, int, str, str]] = {
    "initiative": ("initiative", 1, "coalesce({p}name,'') || ' ' || coalesce({p}short_name,'')",
                   "coalesce({p}description,'') || ' ' || coalesce({p}venue,'') || ' ' || "
                   "coalesce(CAST({p}pillars AS TEXT),'') || ' ' || coalesce({p}lead,'')"),
    "project": ("project", 2, "coalesce({p}name,'')",
                "coalesce({p}operator,'') || ' ' || coalesce({p}region,'') || ' ' || "
                "coalesce({p}description,'') || ' ' || coalesce(CAST({p}minerals AS TEXT),'') "
                "|| ' ' || coalesce({p}stage,'') || ' ' || coalesce(CAST({p}backers AS TEXT),'')"),
    "commitment": ("commitment", 3, "coalesce({p}actor,'') || ' ' || coalesce({p}counterparty,'')",
                   "coalesce({p}statement,'') || ' ' || coalesce({p}instrument,'') || ' ' || "
                   "coalesce(CAST({p}minerals AS TEXT),'')"),
    "update": ("projectupdate", 4, "''", "coalesce({p}note,'') || ' ' || coalesce({p}new_status,'')"),
}
_SLOTS = 8  # FTS rowid = id * 8 + slot, so a trigger can find a row's document by key


def _sqlite_ddl() -> list[str]:
    stmts = [
        "CREATE VIRTUAL TABLE search_fts USING fts5(kind UNINDEXED, ref_id UNINDEXED, "
        "scope UNINDEXED, title, body, tokenize='porter unicode61 remove_diacritics 2')"
    ]
    for kind, (table, slot, title, body) in _DOCS.items():
        new_title, new_body = title.format(p="new."), body.format(p="new.")
        scope = "CASE WHEN new.source_private THEN new.source_channel ELSE '' END"
        insert = (f"INSERT INTO search_fts(rowid, kind, ref_id, scope, title, body) VALUES "
                  f"(new.id * {_SLOTS} + {slot}, '{kind}', new.id, {scope}, {new_title}, {new_body});")
        delete = f"DELETE FROM search_fts WHERE rowid = old.id * {_SLOTS} + {slot};"
        stmts += [
            f"CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN {insert} END",
            f"CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN {delete} END",
            f"CREATE TRIGGER {table}_fts_au AFTER UPDATE ON {table} BEGIN {delete} {insert} END",
        ]
    return stmts


def _pg_vector(kind: str, prefix: str = "") -> str:
    _table, _slot, title, body = _DOCS[kind]
    return (f"(setweight(to_tsvector('english', {title.format(p=prefix)}), 'A') || "
            f"setweight(to_tsvector('english', {body.format(p=prefix)}), 'B'))")


def search_ddl_upgrade(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return _sqlite_ddl()
    return [f"CREATE INDEX ix_{table}_fts ON {table} USING gin ({_pg_vector(kind)})"
            for kind, (table, *_rest) in _DOCS.items()]


def search_ddl_downgrade(dialect: str) -> list[str]:
    if dialect == "sqlite":
        stmts = ["DROP TABLE IF EXISTS search_fts"]
        for table, *_ in _DOCS.values():
            stmts += [f"DROP TRIGGER IF EXISTS {table}_fts_{s}" for s in ("ai", "ad", "au")]
        return stmts
    return [f"DROP INDEX IF EXISTS ix_{table}_fts" for table, *_ in _DOCS.values()]


@dataclass(frozen=True)
class SearchHit:
    kind: str  # initiative | project | commitment | update
    ref_id: int
    rank: float  # higher is better


def query_words(words: str) -> list[str]:
    """The searchable words of free text (FTS syntax and punctuation dropped)."""
    return re.findall(r"\w+", words.lower())[:12]


def search(session: Session, words: str, audience: Audience, *, limit: int = 20) -> list[SearchHit]:
    """Ranked matches for all the words, best first, visible to the audience."""
    tokens = query_words(words)
    if not tokens:
        return []
    bind = session.get_bind()
    if bind.dialect.name == "sqlite":
        match = " ".join(f'"{t}"*' for t in tokens)
        rows = session.execute(
            text("SELECT kind, ref_id, bm25(search_fts, 0, 0, 0, 10.0, 1.0) AS score "
                 "FROM search_fts WHERE search_fts MATCH :match "
                 "AND (scope = '' OR scope = :channel) ORDER BY score LIMIT :limit"),
            {"match": match, "channel": audience.channel or "", "limit": limit},
        ).all()
        return [SearchHit(r.kind, int(r.ref_id), -float(r.score)) for r in rows]
    query = " & ".join(f"{t}:*" for t in tokens)
    parts = []
    for kind, (table, *_rest) in _DOCS.items():
        vec = _pg_vector(kind)
        parts.append(
            f"SELECT '{kind}' AS kind, id AS ref_id, ts_rank({vec}, q) AS score FROM {table}, "
            f"to_tsquery('english', :query) q WHERE {vec} @@ q "
            f"AND (NOT source_private OR source_channel = :channel)"
        )
    sql = " UNION ALL ".join(parts) + " ORDER BY score DESC LIMIT :limit"
    rows = session.execute(text(sql), {"query": query, "channel": audience.channel or "",
                                       "limit": limit}).all()
    return [SearchHit(r.kind, int(r.ref_id), float(r.score)) for r in rows]
