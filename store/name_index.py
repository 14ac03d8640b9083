"""Trigram indexes of project and initiative names: a few candidates for the fuzzy scorer.

A misspelt or partial name is scored (rapidfuzz, `store.names`) against at most ~100
candidates read from an index, never against every name in the store:

- SQLite: an FTS5 table per model with the trigram tokenizer (SQLite >= 3.34), an external
  content table over `project` / `initiative` kept by triggers;
- PostgreSQL: a table of (trigram, record id) per model with a B-tree primary key, kept by
  triggers (no extension needed).

Trigrams are the lower-cased name's three-character windows, spaces included (what the FTS5
trigram tokenizer indexes). A query's trigrams are looked up one by one, each reading at
most COMMON + 1 record ids: a trigram in more names than COMMON ("syn", "ium", " mi") says
little and costs much, so it counts for little, and reading it stops early. A record scores
RARE for each rare trigram it shares with the query and 1 for each common one (ties by id).
Names that contain the whole query or one of its words (a region word that many names share)
come from a substring match too. Why not pg_trgm: on 10,000 names that share most of their
trigrams ("Synthetic project 001234") its `%` with a GIN index took 320 ms per look-up, a GiST
`<->` 7 ms, a GIN probe per trigram or a `LIKE '%word%'` 15-40 ms (each reads whole posting
lists); bounded probes stay near 1 ms however the names look.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from store.db import DriverReads, dialect_name
from store.visibility import Audience

COMMON = 64  # a trigram in more names than this says little: read no further
RARE = 1000  # weight of a shared rare trigram against a common one
MAX_TRIGRAMS = 32  # of a query (a name is rarely longer than 34 characters)
LIMIT = 50  # candidates by trigrams, and again by substring
WORD_LIMIT = 10  # candidates by each word of the query
MAX_WORDS = 6

# model table -> (FTS5 table / PostgreSQL trigram table, the name columns indexed)
TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "project": ("project_name", ("name",)),
    "initiative": ("initiative_name", ("name", "short_name")),
}
FTS_SUFFIX = "_fts"  # SQLite: project_name_fts (and its shadow tables project_name_fts_*)
TRIGRAM_SUFFIX = "_trigram"  # PostgreSQL: project_name_trigram


def trigrams(value: str) -> list[str]:
    """The distinct three-character windows of the lower-cased text, in order."""
    low = value.lower()
    return list(dict.fromkeys(low[i : i + 3] for i in range(len(low) - 2)))[:MAX_TRIGRAMS]


# --- DDL (migration 0007) ---------------------------------------------------------------------


def _sqlite_ddl(table: str) -> list[str]:
    fts, cols = TABLES[table][0] + FTS_SUFFIX, TABLES[table][1]
    names = ", ".join(cols)
    new = ", ".join(f"new.{c}" for c in cols)
    old = ", ".join(f"old.{c}" for c in cols)
    insert = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new});"
    delete = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old});"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}', content_rowid='id', "
        "tokenize='trigram')",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {names} ON {table} BEGIN {delete} {insert} END",
    ]


def sqlite_fill_sql(table: str, where: str) -> str:
    """SQLite: one statement that indexes the table's rows matching `where` as its insert
    trigger would (a bulk load with the triggers dropped, `store.seed`)."""
    fts, cols = TABLES[table][0] + FTS_SUFFIX, TABLES[table][1]
    names = ", ".join(cols)
    return f"INSERT INTO {fts}(rowid, {names}) SELECT id, {names} FROM {table} WHERE {where} ORDER BY id"


def sqlite_insert_triggers() -> dict[str, str]:
    """SQLite: trigger name -> table of the triggers that index an inserted row's name."""
    return {f"{base}{FTS_SUFFIX}_ai": table for table, (base, _cols) in TABLES.items()}


_PG_TRIGRAMS_FUNCTION = (
    "CREATE FUNCTION name_trigrams(value text) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$ "
    "SELECT DISTINCT substr(s, i, 3) FROM (SELECT lower(coalesce(value, '')) AS s) AS v, "
    "generate_series(1, length(s) - 2) AS i $$"
)


def _pg_ddl(table: str) -> list[str]:
    trigram, cols = TABLES[table][0] + TRIGRAM_SUFFIX, TABLES[table][1]
    words = " UNION ".join(f"SELECT t FROM name_trigrams(NEW.{c}) AS t" for c in cols)
    every = " UNION ".join(f"SELECT id, t FROM {table}, name_trigrams({c}) AS t" for c in cols)
    return [
        f"CREATE TABLE {trigram} (trigram TEXT NOT NULL, record_id INTEGER NOT NULL, "
        "PRIMARY KEY (trigram, record_id))",
        f"CREATE INDEX ix_{trigram}_record_id ON {trigram} (record_id)",
        f"INSERT INTO {trigram} (record_id, trigram) {every}",
        f"CREATE FUNCTION {trigram}_sync() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF TG_OP <> 'INSERT' THEN DELETE FROM {trigram} WHERE record_id = OLD.id; END IF; "
        f"IF TG_OP <> 'DELETE' THEN INSERT INTO {trigram} (trigram, record_id) "
        f"SELECT t, NEW.id FROM ({words}) AS w; END IF; RETURN NULL; END $$",
        f"CREATE TRIGGER {trigram}_sync AFTER INSERT OR DELETE OR UPDATE OF {', '.join(cols)} "
        f"ON {table} FOR EACH ROW EXECUTE FUNCTION {trigram}_sync()",
    ]


def pg_fill_sql(table: str, where: str) -> str:
    """PostgreSQL: one statement that indexes the table's rows matching `where` as its insert
    trigger would row by row (a bulk load with the trigger disabled, `store.seed`)."""
    trigram, cols = TABLES[table][0] + TRIGRAM_SUFFIX, TABLES[table][1]
    every = " UNION ".join(f"SELECT id, t FROM {table}, name_trigrams({c}) AS t WHERE {where}" for c in cols)
    return f"INSERT INTO {trigram} (record_id, trigram) {every}"


def pg_insert_triggers() -> dict[str, str]:
    """PostgreSQL: trigger name -> table of the row triggers that index an inserted row."""
    return {f"{base}{TRIGRAM_SUFFIX}_sync": table for table, (base, _cols) in TABLES.items()}


def ddl_upgrade(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return [s for table in TABLES for s in _sqlite_ddl(table)]
    return [_PG_TRIGRAMS_FUNCTION, *(s for table in TABLES for s in _pg_ddl(table))]


def ddl_downgrade(dialect: str) -> list[str]:
    stmts = []
    for table, (base, _cols) in TABLES.items():
        if dialect == "sqlite":
            fts = base + FTS_SUFFIX
            stmts += [f"DROP TRIGGER IF EXISTS {fts}_{s}" for s in ("ai", "ad", "au")]
            stmts.append(f"DROP TABLE IF EXISTS {fts}")
        else:
            trigram = base + TRIGRAM_SUFFIX
            stmts += [
                f"DROP TRIGGER IF EXISTS {trigram}_sync ON {table}",
                f"DROP FUNCTION IF EXISTS {trigram}_sync()",
                f"DROP TABLE IF EXISTS {trigram}",
            ]
    if dialect != "sqlite":
        stmts.append("DROP FUNCTION IF EXISTS name_trigrams(text)")
    return stmts


# --- look-ups ---------------------------------------------------------------------------------


def visible_sql(audience: Audience) -> str:
    """The audience rule (`Audience.clause`) over a table's source columns, binding :channel."""
    if audience.everything:
        return "1 = 1"
    return "(NOT source_private OR source_channel = :channel)" if audience.channel else "NOT source_private"


def _probe_sql(table: str, n: int, limit: int, param: str) -> list[str]:
    """SQLite: n look-ups of at most `limit` ids each, of names holding :<param>0, :<param>1, ..."""
    fts = TABLES[table][0] + FTS_SUFFIX
    return [f"SELECT rowid AS id FROM {fts} WHERE {fts} MATCH :{param}{i} LIMIT {limit}" for i in range(n)]


@cache
def _candidates_sql(table: str, n_grams: int, n_words: int, visible: str) -> Any:
    """SQLite: the visible records among: the best LIMIT by shared trigrams (each probe reading
    at most COMMON + 1 ids), the first LIMIT (by id) whose names hold the whole query (:s0), and
    the first WORD_LIMIT holding each of its words (:s1...), since the scorer rates a name that
    shares one whole word with a longer query as highly as a close spelling."""
    probes = _probe_sql(table, n_grams, COMMON + 1, "t")
    hits = " UNION ALL ".join(f"SELECT {i} AS t, id FROM ({p}) AS p{i}" for i, p in enumerate(probes))
    subs = _probe_sql(table, 1, LIMIT, "s") + _probe_sql(table, n_words + 1, WORD_LIMIT, "s")[1:]
    substrings = " UNION ALL ".join(f"SELECT id FROM ({p}) AS s{i}" for i, p in enumerate(subs))
    return text(
        f"WITH hits AS ({hits}), {_RANKED} "
        f"SELECT id, name{_extra(table)} FROM {table} WHERE id IN (SELECT id FROM ranked UNION "
        f"SELECT id FROM ({substrings}) AS subs) AND {visible} ORDER BY id"
    )


# hits(t, id): the ids read for the query's trigram at position t. A record scores RARE per
# rare trigram it shares with the query, 1 per common one; the best LIMIT, ties by id.
_RANKED = (
    "sizes AS (SELECT t, count(*) AS n FROM hits GROUP BY t), "
    "ranked AS (SELECT hits.id FROM hits JOIN sizes ON sizes.t = hits.t GROUP BY hits.id "
    f"ORDER BY sum(CASE WHEN sizes.n > {COMMON} THEN 1 ELSE {RARE} END) DESC, hits.id LIMIT {LIMIT})"
)


@cache
def _pg_candidates_sql(table: str, visible: str) -> Any:
    """PostgreSQL: the same candidates as SQLite's statement, its probes driven by arrays so that
    its text depends on the table and audience only: planned in well under a millisecond (a
    UNION ALL of up to 32 + 7 probes took 2.6 ms), and prepared once per connection by psycopg.

    :grams are the query's trigrams (position t = array index - 1), each probe reading at most
    COMMON + 1 ids of the (trigram, record id) B-tree into one array per trigram (its size is
    the array's length: no count over the ids and join back, which cost as much as the probes).
    :patterns are LIKE patterns of the whole query (k = 1, the first LIMIT by id) and of its
    words (the first WORD_LIMIT each); a pattern is matched among the ids read for the rarest
    trigram that read any of its :positions (t, comma-separated): exact when that trigram is
    rare (all its ids were read), else among the first COMMON + 1 by id. pg_trgm's GIN index
    would read every posting list of a common word, and find nothing for a typo only after that.
    A cold `project <misspelt name>` cost PostgreSQL 1.8 against 2.6 ms of CPU with the ids as
    rows, a count per trigram joined back, and the patterns' positions as rows (2026-12-01)."""
    trigram = TABLES[table][0] + TRIGRAM_SUFFIX
    like = " OR ".join(f"lower({c}) LIKE words.pattern ESCAPE '\\'" for c in TABLES[table][1])
    return text(
        # MATERIALIZED: else each use of a probe's array (its ids, its size) reads it again.
        "WITH read AS MATERIALIZED (SELECT g.i - 1 AS t, ARRAY(SELECT record_id FROM "
        f"{trigram} WHERE trigram = g.gram ORDER BY record_id LIMIT {COMMON + 1}) AS ids "
        "FROM unnest(CAST(:grams AS text[])) WITH ORDINALITY AS g(gram, i)), "
        "probes AS (SELECT t, ids, cardinality(ids) AS n FROM read), "
        # A record scores RARE per rare trigram it shares with the query, 1 per common one.
        "ranked AS (SELECT u.id FROM probes CROSS JOIN unnest(probes.ids) AS u(id) GROUP BY u.id "
        f"ORDER BY sum(CASE WHEN probes.n > {COMMON} THEN 1 ELSE {RARE} END) DESC, u.id LIMIT {LIMIT}), "
        "words AS (SELECT w.k, w.pattern, (SELECT probes.ids FROM probes WHERE probes.n > 0 "
        "AND probes.t = ANY(CAST(string_to_array(w.positions, ',') AS int[])) "
        "ORDER BY probes.n, probes.t LIMIT 1) AS ids FROM unnest(CAST(:patterns AS text[]), "
        "CAST(:positions AS text[])) WITH ORDINALITY AS w(pattern, positions, k)), "
        f"subs AS (SELECT s.id FROM words CROSS JOIN LATERAL (SELECT id FROM {table} "
        f"WHERE id = ANY(words.ids) AND ({like}) ORDER BY id "
        f"LIMIT CASE WHEN words.k = 1 THEN {LIMIT} ELSE {WORD_LIMIT} END) AS s) "
        f"SELECT id, name{_extra(table)} FROM {table} WHERE id IN (SELECT id FROM ranked UNION "
        f"SELECT id FROM subs) AND {visible} ORDER BY id"
    )


def _extra(table: str) -> str:
    return ", short_name" if "short_name" in TABLES[table][1] else ", NULL"


@cache
def _prefix_sql(table: str, visible: str) -> Any:
    return text(
        f"SELECT id, name{_extra(table)} FROM (SELECT * FROM {table} WHERE lower(name) >= :low "
        f"AND lower(name) < :high AND {visible} ORDER BY id LIMIT {LIMIT}) AS p ORDER BY id"
    )


def _like_escaped(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def candidates(
    session: Session | DriverReads, table: str, name: str, *, audience: Audience
) -> list[tuple[int, str, str | None]]:
    """(id, name, short name) of the records the audience may see whose names are most like
    `name`, by id: at most 2 x LIMIT + MAX_WORDS x WORD_LIMIT of them."""
    low = name.strip().lower()
    dialect = dialect_name(session)
    visible = visible_sql(audience)
    params: dict[str, Any] = {"channel": audience.channel}
    grams = trigrams(low)
    rows: list[Any] = []
    if grams:
        words = [w for w in dict.fromkeys(low.split()) if len(w) >= 3 and w != low][:MAX_WORDS]
        if dialect == "sqlite":
            for i, gram in enumerate(grams):
                params[f"t{i}"] = _quoted(gram)
            for i, word in enumerate([low, *words]):
                params[f"s{i}"] = _quoted(word)
            stmt = _candidates_sql(table, len(grams), len(words), visible)
        else:
            position = {gram: str(i) for i, gram in enumerate(grams)}
            patterns = [low, *words]
            params |= {
                "grams": grams,
                "patterns": [f"%{_like_escaped(word)}%" for word in patterns],
                # Each pattern's trigrams by their positions in :grams, comma-separated.
                "positions": [",".join(position[g] for g in trigrams(w) if g in position) for w in patterns],
            }
            stmt = _pg_candidates_sql(table, visible)
        rows = _rows(session, stmt, params)
    if not rows and low:
        # Too short for a trigram, or a typo in every one ("lthm"): names that start alike.
        start = low[:2] if len(low) < 3 else low[:1]
        params |= {"low": start, "high": start[:-1] + chr(ord(start[-1]) + 1)}
        rows = _rows(session, _prefix_sql(table, visible), params)
    return rows


def _rows(session: Session | DriverReads, stmt: Any, params: dict[str, Any]) -> list[Any]:
    if isinstance(session, DriverReads):
        return session.rows(stmt, params)
    return list(session.execute(stmt, params).all())


def _quoted(value: str) -> str:
    """An FTS5 string: matches the text anywhere (the trigram tokenizer matches substrings)."""
    return '"' + value.replace('"', '""') + '"'
