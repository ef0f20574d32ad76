// ChisoQuery: The query module: the query language, reports, and export.
