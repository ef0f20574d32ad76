// ChisoFormats: Tabular formats with no SQLite: a streaming CSV reader and writer, the text renderers (table, markdown, JSON) and the xlsx writer.
