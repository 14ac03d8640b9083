"""Ranked full-text search: SQLite FTS5 kept by triggers, PostgreSQL GIN expression indexes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from store import vocab
from store.visibility import Audience

# kind -> (table, slot in the FTS rowid, title SQL, body SQL)
_DOCS: dict[str, tuple[str, int, str, str]] = {
    "initiative": (
        "initiative",
        1,
        "coalesce({p}name,'') || ' ' || coalesce({p}short_name,'')",
        "coalesce({p}description,'') || ' ' || coalesce({p}venue,'') || ' ' || "
        "coalesce(CAST({p}pillars AS TEXT),'') || ' ' || coalesce({p}lead,'')",
    ),
    "project": (
        "project",
        2,
        "coalesce({p}name,'')",
        "coalesce({p}operator,'') || ' ' || coalesce({p}region,'') || ' ' || "
        "coalesce({p}description,'') || ' ' || coalesce(CAST({p}minerals AS TEXT),'') "
        "|| ' ' || coalesce({p}stage,'') || ' ' || coalesce(CAST({p}backers AS TEXT),'')",
    ),
    "commitment": (
        "commitment",
        3,
        "coalesce({p}actor,'') || ' ' || coalesce({p}counterparty,'')",
        "coalesce({p}statement,'') || ' ' || coalesce({p}instrument,'') || ' ' || "
        "coalesce(CAST({p}minerals AS TEXT),'')",
    ),
    "update": ("projectupdate", 4, "''", "coalesce({p}note,'') || ' ' || coalesce({p}new_status,'')"),
}
_SLOTS = 8  # FTS rowid = id * 8 + slot, so a trigger can find a row's document by key
_SCOPE = "CASE WHEN {p}source_private THEN {p}source_channel ELSE '' END"
_KINDS = {slot: kind for kind, (_table, slot, _title, _body) in _DOCS.items()}
PG_VECTOR_COLUMN = "search_vector"  # stored generated tsvector (migration 0003)


def _sqlite_ddl() -> list[str]:
    stmts = [
        "CREATE VIRTUAL TABLE search_fts USING fts5(kind UNINDEXED, ref_id UNINDEXED, "
        "scope UNINDEXED, title, body, tokenize='porter unicode61 remove_diacritics 2')"
    ]
    for kind, (table, slot, title, body) in _DOCS.items():
        new_title, new_body = title.format(p="new."), body.format(p="new.")
        scope = _SCOPE.format(p="new.")
        insert = (
            f"INSERT INTO search_fts(rowid, kind, ref_id, scope, title, body) VALUES "
            f"(new.id * {_SLOTS} + {slot}, '{kind}', new.id, {scope}, {new_title}, {new_body});"
        )
        delete = f"DELETE FROM search_fts WHERE rowid = old.id * {_SLOTS} + {slot};"
        stmts += [
            f"CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN {insert} END",
            f"CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN {delete} END",
            f"CREATE TRIGGER {table}_fts_au AFTER UPDATE ON {table} BEGIN {delete} {insert} END",
        ]
    return stmts


def sqlite_fill_sql(table: str, where: str) -> str:
    """SQLite: one statement that indexes the table's rows matching `where` as its insert
    trigger would, row by row (a bulk load with the triggers dropped, `store.seed`)."""
    [(kind, slot, title, body)] = [(k, s, t, b) for k, (tb, s, t, b) in _DOCS.items() if tb == table]
    return (
        f"INSERT INTO search_fts(rowid, kind, ref_id, scope, title, body) SELECT id * {_SLOTS} + {slot}, "
        f"'{kind}', id, {_SCOPE.format(p='')}, {title.format(p='')}, {body.format(p='')} "
        f"FROM {table} WHERE {where} ORDER BY id"
    )


def sqlite_insert_triggers() -> dict[str, str]:
    """SQLite: trigger name -> table of the triggers that index an inserted row."""
    return {f"{table}_fts_ai": table for table, *_rest in _DOCS.values()}


def _pg_vector(kind: str, prefix: str = "") -> str:
    _table, _slot, title, body = _DOCS[kind]
    return (
        f"(setweight(to_tsvector('english', {title.format(p=prefix)}), 'A') || "
        f"setweight(to_tsvector('english', {body.format(p=prefix)}), 'B'))"
    )


def search_ddl_upgrade(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return _sqlite_ddl()
    return [
        f"CREATE INDEX ix_{table}_fts ON {table} USING gin ({_pg_vector(kind)})"
        for kind, (table, *_rest) in _DOCS.items()
    ]


def stored_vector_ddl_upgrade(dialect: str) -> list[str]:
    """PostgreSQL: the weighted vectors as stored generated columns with GIN indexes.

    Expression indexes find the rows but make PostgreSQL re-parse every matching row's text
    twice (index recheck and ts_rank): 75 ms for a common word over 100,000 commitments.
    Stored vectors are parsed once, on write.
    """
    if dialect == "sqlite":
        return []
    stmts = []
    for kind, (table, *_rest) in _DOCS.items():
        stmts += [
            f"DROP INDEX IF EXISTS ix_{table}_fts",
            f"ALTER TABLE {table} ADD COLUMN {PG_VECTOR_COLUMN} tsvector "
            f"GENERATED ALWAYS AS {_pg_vector(kind)} STORED",
            f"CREATE INDEX ix_{table}_search_vector ON {table} USING gin ({PG_VECTOR_COLUMN})",
        ]
    return stmts


def stored_vector_ddl_downgrade(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return []
    stmts = []
    for kind, (table, *_rest) in _DOCS.items():
        stmts += [
            f"DROP INDEX IF EXISTS ix_{table}_search_vector",
            f"ALTER TABLE {table} DROP COLUMN IF EXISTS {PG_VECTOR_COLUMN}",
            f"CREATE INDEX ix_{table}_fts ON {table} USING gin ({_pg_vector(kind)})",
        ]
    return stmts


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


def _country_phrases(code: str) -> list[str]:
    """Every way text may name a country: its name and the demonyms we know (codes: `_code`)."""
    phrases = {(vocab.country_name(code) or code).lower()}
    phrases |= {alias for alias, c in vocab.COUNTRY_ALIASES.items() if c == code}
    # As written ("u.s."): PostgreSQL's parser keeps "U.S." as one word, FTS5 splits it.
    return [_code(code), *sorted(p for p in phrases if query_words(p) and p != code.lower())]


def _code(code: str) -> str:
    """A country code as an alternative: matched in titles only, where actors are stored as codes
    (in free text a stemmed "use" would match "us")."""
    return f"={code.lower()}"


def query_groups(words: str) -> list[tuple[str, list[str]]]:
    """The words as groups that must all match: (the word, [other phrases that also match it]).

    A country named any way (`United States`, `U.S.`, `US`, `American`) matches every other
    way, so `find United States` finds what `find U.S.` does."""
    raw = re.findall(r"\w+", words)[:12]
    tokens = [t.lower() for t in raw]
    whole = vocab.country_code(words.strip()) if words.strip() else None
    if whole and len(tokens) > 1:
        return [(" ".join(tokens), _country_phrases(whole))]
    groups: list[tuple[str, list[str]]] = []
    i = 0
    while i < len(tokens):
        for j in range(min(len(tokens), i + 4), i, -1):
            phrase = " ".join(tokens[i:j])
            short = j == i + 1 and len(phrase) <= 2 and not raw[i].isupper()  # "in", "de", "it"
            code = None if short else vocab.country_code(phrase)
            if code:
                groups.append((phrase, _country_phrases(code)))
                i = j
                break
        else:
            groups.append((tokens[i], []))
            i += 1
    return groups


def _fts5_match(groups: list[tuple[str, list[str]]], *, prefix: bool = True) -> str:
    parts = []
    for word, others in groups:
        first = f'"{word}"*' if " " not in word and prefix else f'"{word}"'
        phrases = dict.fromkeys(" ".join(query_words(p)) for p in others if not p.startswith("="))
        codes = [f'title : "{p[1:]}"' for p in others if p.startswith("=")]
        alts = [first, *codes, *(f'"{p}"' for p in phrases if p != word)]
        parts.append(alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")")
    return " AND ".join(parts)


SEARCH_CANDIDATES = 2000  # PostgreSQL: matches of one kind ranked at most (the first found)
SQLITE_CANDIDATES = 250  # SQLite: the newest matches of all kinds ranked (by default)


def search(
    session: Session,
    words: str,
    *,
    audience: Audience,
    limit: int = 20,
    candidates: int = SEARCH_CANDIDATES,
) -> list[SearchHit]:
    """Ranked matches for all the words, best first, visible to the audience.

    On PostgreSQL ts_rank reads each ranked row's vector from the table, so a common word
    (80,000 commitments say "rare earths" in a store of 100,000 projects) cost a read of every
    match. Each kind ranks only its first `candidates` visible matches, as the GIN index finds
    them: below that many matches the answer is exactly the best ranked; above, the best
    of that many (all of which hold every word). SQLite ranks the newest matches of all kinds
    together (one FTS5 table, read newest first): SQLITE_CANDIDATES of them when `candidates`
    is SEARCH_CANDIDATES, and in that proportion otherwise; whole words first, and words
    that start like the query's only when whole words fill no page."""
    if not query_words(words):
        return []
    groups = query_groups(words)
    bind = session.get_bind()
    if bind.dialect.name == "sqlite":
        ranked = max(limit, candidates // (SEARCH_CANDIDATES // SQLITE_CANDIDATES))
        hits = _search_sqlite(session, _fts5_match(groups, prefix=False), audience, limit, ranked)
        if len(hits) < limit:
            # Few whole-word matches: words that start like the query's too (`lith` finds
            # lithium). Only then: a prefix makes FTS5 merge the doclists of every word it starts.
            hits = _search_sqlite(session, _fts5_match(groups), audience, limit, ranked)
        return hits
    per_kind = max(candidates, limit)
    bound: dict[str, object] = {"channel": audience.channel or "", "limit": limit, "candidates": per_kind}
    # Whole words first: a prefix (`lith:*`) makes the GIN index merge every lexeme it starts,
    # which costs as much as the words are common. When whole words already fill a kind's
    # candidates, the prefix form would be capped there too; otherwise it runs, as it always did.
    rows, most = _search_pg(session, groups, bound, prefix=False)
    if most < per_kind:
        rows, most = _search_pg(session, groups, bound, prefix=True)
    return [SearchHit(r.kind, int(r.ref_id), float(r.score)) for r in rows]


def _search_pg(
    session: Session, groups: list[tuple[str, list[str]]], bound: dict[str, object], *, prefix: bool
) -> tuple[list[Any], int]:
    """The best `limit` ranked among each kind's first `candidates` matches, and how many
    candidates the fullest kind had."""
    params: dict[str, object] = dict(bound)
    ors = []
    for n, (word, others) in enumerate(groups):
        if " " in word:
            alts = [f"phraseto_tsquery('english', :w{n})"]
            params[f"w{n}"] = word
        else:
            alts = [f"to_tsquery('english', :w{n})"]
            params[f"w{n}"] = f"{word}:*" if prefix else word
        for m, phrase in enumerate(others):
            if phrase.startswith("="):  # a code: in the title (weight A) only
                alts.append(f"to_tsquery('english', :a{n}_{m})")
                params[f"a{n}_{m}"] = f"{phrase[1:]}:A"
            else:
                alts.append(f"phraseto_tsquery('english', :a{n}_{m})")
                params[f"a{n}_{m}"] = phrase
        ors.append("(" + " || ".join(alts) + ")")
    query = " && ".join(ors)
    parts = []
    for kind, (table, *_rest) in _DOCS.items():
        parts.append(
            f"SELECT '{kind}' AS kind, c.id AS ref_id, ts_rank(c.v, w.q) AS score, "
            f"count(*) OVER () AS n FROM w, LATERAL "
            f"(SELECT id, {PG_VECTOR_COLUMN} AS v FROM {table} WHERE {PG_VECTOR_COLUMN} @@ w.q "
            f"AND (NOT source_private OR source_channel = :channel) LIMIT :candidates) c"
        )
    sql = (
        f"WITH w AS (SELECT {query} AS q) SELECT kind, ref_id, score, max(n) OVER () AS most FROM ("
        + " UNION ALL ".join(parts)
        + ") u ORDER BY score DESC, kind, ref_id DESC LIMIT :limit"  # ties: newest first
    )
    rows = list(session.execute(_statement(sql), params).all())
    return rows, int(rows[0].most) if rows else 0


@lru_cache(maxsize=256)
def _statement(sql: str) -> Any:
    """A text statement made once per shape of query: making one parses its SQL for the
    bound names, which cost as much as the rest of the search's Python."""
    return text(sql)


_SQLITE_MATCHES = text(
    "SELECT rowid, highlight(search_fts, 3, char(1), ''), highlight(search_fts, 4, char(1), '') "
    "FROM search_fts WHERE search_fts MATCH :match AND (scope = '' OR scope = :channel) "
    "ORDER BY rowid DESC LIMIT :candidates"
)
_MARK = "\x01"  # highlight()'s mark before each matched phrase
_K1, _B = 1.2, 0.75  # BM25's constants, as FTS5's bm25()
_TITLE_WEIGHT = 10.0  # a match in a title counts as ten in the body


def _search_sqlite(
    session: Session, match: str, audience: Audience, limit: int, candidates: int
) -> list[SearchHit]:
    """The best `limit` of the newest `candidates` visible matches, by BM25 over what FTS5's
    highlight() marks in each candidate's title and body.

    FTS5's own bm25() first reads every row that holds each query word, to weigh the words
    by rarity: 10 ms for "rare earths" in a store of 100,000 projects, growing with the
    store. Each candidate here has every word (the match is an AND), so all the words are
    weighed alike, and the cost is that of the candidates: FTS5 walks its doclists newest
    first (by rowid) and stops after `candidates` visible rows."""
    rows = session.execute(
        _SQLITE_MATCHES,
        {"match": match, "channel": audience.channel or "", "candidates": candidates},
    ).all()
    if not rows:
        return []
    scored = []
    for rowid, title, body in rows:
        hits = _TITLE_WEIGHT * title.count(_MARK) + body.count(_MARK)
        length = title.count(" ") + body.count(" ") + 2  # words, near enough (str.count is cheap)
        scored.append((hits, length, int(rowid)))
    average = sum(length for _hits, length, _rowid in scored) / len(scored) or 1.0
    ranked = sorted(
        (
            (hits * (_K1 + 1) / (hits + _K1 * (1 - _B + _B * length / average)), rowid)
            for hits, length, rowid in scored
        ),
        reverse=True,
    )
    return [SearchHit(_KINDS[rowid % _SLOTS], rowid // _SLOTS, score) for score, rowid in ranked[:limit]]
