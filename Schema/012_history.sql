-- The history of every write (`chiso history`, `chiso undo`).
--
-- One `change_log` row per write operation (load, import, add, correct, delete, check
-- --derive, add source, undo): when (UTC, ISO 8601), which command with its arguments (a JSON
-- array of the words typed), and a one-line summary. One `change_log_rows` row per table row
-- the operation inserted, updated or deleted, with the row's columns before (`old_json`, NULL
-- for an insert) and after (`new_json`, NULL for a delete) as JSON objects.
--
-- chiso writes both in the same transaction as the data, so the log never disagrees with the
-- data: a chiso connection adds TEMP triggers (built in code from each table's one column
-- list, ChangeLog.swift) for the length of a write, and the bulk import appends its new rows
-- here with one INSERT … SELECT. Writes by other tools are not logged; `chiso undo` compares
-- the rows with the log before it reverses anything.
CREATE TABLE change_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z'),
    command   TEXT NOT NULL CHECK (command <> ''),
    arguments TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(arguments)),
    summary   TEXT NOT NULL DEFAULT '',
    undoes    INTEGER REFERENCES change_log(id)      -- set on an operation made by `chiso undo`
) STRICT;

CREATE TABLE change_log_rows (
    change_id  INTEGER NOT NULL REFERENCES change_log(id),
    table_name TEXT NOT NULL CHECK (table_name IN ('observations', 'targets', 'rollouts', 'sources')),
    row_id     TEXT NOT NULL,                        -- the row's id (sources have text ids)
    old_json   TEXT CHECK (old_json IS NULL OR json_valid(old_json)),
    new_json   TEXT CHECK (new_json IS NULL OR json_valid(new_json)),
    CHECK (old_json IS NOT NULL OR new_json IS NOT NULL)
) STRICT;
CREATE INDEX change_log_rows_change ON change_log_rows(change_id);
CREATE INDEX change_log_rows_row ON change_log_rows(table_name, row_id, change_id);
