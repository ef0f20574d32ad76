-- observations_indicator_period duplicated the leading column of observations_natural_key
-- (indicator, area, agency, period, source), which already serves every lookup by indicator
-- (league tables, trends). One index fewer to maintain makes a bulk import build two
-- indexes instead of three.
DROP INDEX IF EXISTS observations_indicator_period;
