-- Kessai schema v25: where OCR read each character of a scanned page (docs/schema.md,
-- "Version 25"), so the single view highlights a search hit on a scan. Fractions of the page,
-- one per character (TextBoxes); empty for text that is not OCR and for pages read before.
ALTER TABLE content_text ADD COLUMN boxes TEXT NOT NULL DEFAULT ''
