"""`project_mineral`: one row per project and mineral, kept by triggers on `project`.

A project's minerals are a JSON list; filtering on one (`projects country:CA mineral:graphite`)
used to read every project of the country and test its list as text, up to the count cap:
~6,000 rows at 100,000 projects. The table repeats the project's country and name, so its
index (mineral, country, name) reads a filtered list's page in order and counts it up to the
cap without touching the projects that do not match (migration 0009), and who may see each
project (`scope`), so that count reads the index alone.
"""

from __future__ import annotations

TABLE = "project_mineral"
_COLUMNS = "project_id, mineral, country, name, scope"
_WATCHED = "minerals, country, name, source_private, source_channel"  # what the table repeats
# Who may see the row: '' for everyone, else the one channel (NULL: no channel, only an
# audience that sees everything), so a capped count reads the index alone.
_SCOPE = "CASE WHEN {p}source_private THEN {p}source_channel ELSE '' END"


def _sqlite_insert(prefix: str) -> str:
    return (
        f"INSERT OR IGNORE INTO {TABLE} ({_COLUMNS}) SELECT DISTINCT {prefix}id, j.value, "
        f"{prefix}country, {prefix}name, {_SCOPE.format(p=prefix)} "
        f"FROM json_each(coalesce({prefix}minerals, '[]')) AS j WHERE j.type = 'text'"
    )


def sqlite_fill_sql(where: str) -> str:
    """SQLite: one statement that fills the table for the projects `p` matching `where` as the
    insert trigger would row by row (a bulk load with the triggers dropped, `store.seed`)."""
    return (
        f"INSERT OR IGNORE INTO {TABLE} ({_COLUMNS}) SELECT DISTINCT p.id, j.value, p.country, "
        f"p.name, {_SCOPE.format(p='p.')} FROM project AS p, json_each(coalesce(p.minerals, '[]')) AS j "
        f"WHERE j.type = 'text' AND {where}"
    )


def sqlite_insert_triggers() -> dict[str, str]:
    """SQLite: trigger name -> table of the triggers that fill the table on an insert."""
    return {f"{TABLE}_ai": "project"}


_PG_ELEMENTS = (
    "json_array_elements_text(CASE WHEN json_typeof({p}minerals) = 'array' "
    "THEN {p}minerals ELSE '[]'::json END)"
)


def pg_fill_sql(where: str) -> str:
    """PostgreSQL: one statement that fills the table for the projects `p` matching `where` as
    the insert trigger would row by row (a bulk load with the trigger disabled, `store.seed`)."""
    return (
        f"INSERT INTO {TABLE} ({_COLUMNS}) SELECT DISTINCT p.id, m, p.country, p.name, "
        f"{_SCOPE.format(p='p.')} FROM project AS p, {_PG_ELEMENTS.format(p='p.')} AS m WHERE {where}"
    )


def pg_insert_triggers() -> dict[str, str]:
    """PostgreSQL: trigger name -> table of the row triggers that fill the table on an insert."""
    return {f"{TABLE}_sync": "project"}


def ddl_upgrade(dialect: str) -> list[str]:
    """Triggers and the rows of the projects already stored (the table is the model's)."""
    if dialect == "sqlite":
        delete = f"DELETE FROM {TABLE} WHERE project_id = old.id;"
        return [
            f"CREATE TRIGGER {TABLE}_ai AFTER INSERT ON project BEGIN {_sqlite_insert('new.')}; END",
            f"CREATE TRIGGER {TABLE}_ad AFTER DELETE ON project BEGIN {delete} END",
            f"CREATE TRIGGER {TABLE}_au AFTER UPDATE OF {_WATCHED} ON project "
            f"BEGIN {delete} {_sqlite_insert('new.')}; END",
            sqlite_fill_sql("1 = 1"),
        ]
    elements = _PG_ELEMENTS
    return [
        f"CREATE FUNCTION {TABLE}_sync() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF TG_OP <> 'INSERT' THEN DELETE FROM {TABLE} WHERE project_id = OLD.id; END IF; "
        f"IF TG_OP <> 'DELETE' THEN INSERT INTO {TABLE} ({_COLUMNS}) SELECT DISTINCT NEW.id, m, "
        f"NEW.country, NEW.name, {_SCOPE.format(p='NEW.')} FROM {elements.format(p='NEW.')} AS m; END IF; "
        "RETURN NULL; END $$",
        f"CREATE TRIGGER {TABLE}_sync AFTER INSERT OR DELETE OR UPDATE OF {_WATCHED} ON project "
        f"FOR EACH ROW EXECUTE FUNCTION {TABLE}_sync()",
        f"INSERT INTO {TABLE} ({_COLUMNS}) SELECT DISTINCT p.id, m, p.country, p.name, "
        f"{_SCOPE.format(p='p.')} FROM project AS p, {elements.format(p='p.')} AS m",
    ]


def ddl_downgrade(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return [f"DROP TRIGGER IF EXISTS {TABLE}_{s}" for s in ("ai", "ad", "au")]
    return [f"DROP TRIGGER IF EXISTS {TABLE}_sync ON project", f"DROP FUNCTION IF EXISTS {TABLE}_sync()"]
