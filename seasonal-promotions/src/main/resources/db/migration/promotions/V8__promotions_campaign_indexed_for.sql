-- The market day for which a campaign's products were last queued for search indexing: a
-- campaign that starts or ends on a day with no move of its own is queued once by whichever
-- replica claims it first (a conditional update of this column).
ALTER TABLE promotions_campaign ADD COLUMN indexed_for DATE NULL;
