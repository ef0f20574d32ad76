-- Full-text search over the sources' text (`chiso search`).
--
-- FTS5's unicode61 tokenizer with remove_diacritics folds "ạ" to "a" but leaves "đ" alone
-- (it is a letter of its own, not d plus a mark), so "dat" would never find "đạt". Rather
-- than patch that with replace() in a trigger, chiso writes the text itself: each passage
-- (a sentence) with a folded copy made by VietnameseText.fold (lower case, no marks,
-- đ→d), in the same transaction that upserts the source. Searches fold the query the same
-- way; the original `text` is kept beside it so results show the accented words, and
-- chiso marks the match by folding the passage again, token by token, in Swift.
CREATE VIRTUAL TABLE source_passages USING fts5(
    source UNINDEXED,      -- sources.id (a virtual table cannot declare the foreign key)
    passage_no UNINDEXED,  -- 1-based order of the passage in the document
    text UNINDEXED,        -- the passage as the document writes it (NFC)
    folded,                -- its folded tokens, space-separated: what MATCH searches
    tokenize = 'unicode61 remove_diacritics 2'
);
