-- Reports read from indexes alone (issue 18, second round).
--
-- `chiso report` chooses each indicator's latest figure from the natural-key index of
-- observations joined to periods by code, one index entry per figure of the area (15,677 on the
-- largest area of the million-row bench file). The periods table's own key gives the row, not
-- its dates, so each entry also read a periods row: with the dates in this index the choice
-- needs no table row at all (the query 20-25 ms -> 10-16 ms in the sqlite3 shell on that file).
-- The table holds one row per period in use (92 there), so the index costs nothing on import.
CREATE INDEX periods_code_dates ON periods(code, end_date, start_date);
