-- Schema version 6: customers sort by name and city as people read them, not by code point:
-- "Bäckerei" with "Backerei" (before "Bahnhof"), "Şahin" with "Sahin", "Øster" with "Oster",
-- capitals with small letters (DIN 5007-1's rule for names, and the usual one in the other
-- languages of Latin script). Letters outside the table below keep their code point order.
--
-- The folding is SQL that SQLite runs itself on every connection (no function of ours needs to
-- be registered to read or write the table): virtual generated columns replace the accented
-- letters with their base letters in steps of twelve (SQLite's parser allows only so much
-- nesting), then lower the case. A trigger copies the result into plain columns, name_key and
-- city_key, when a row is written, so that reading and sorting never compute it; those are
-- indexed for the customer list's keyset paging. They are local bookkeeping: not synced.
ALTER TABLE customers ADD COLUMN name_fold1 TEXT GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'ß', 'ss'), 'ẞ', 'ss'), 'Æ', 'ae'), 'æ', 'ae'), 'Œ', 'oe'), 'œ', 'oe'), 'Ä', 'a'), 'ä', 'a'), 'Á', 'a'), 'á', 'a'), 'À', 'a'), 'à', 'a')) VIRTUAL;
ALTER TABLE customers ADD COLUMN name_fold2 TEXT GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name_fold1, 'Â', 'a'), 'â', 'a'), 'Å', 'a'), 'å', 'a'), 'Ã', 'a'), 'ã', 'a'), 'Ā', 'a'), 'ā', 'a'), 'Ą', 'a'), 'ą', 'a'), 'Ç', 'c'), 'ç', 'c')) VIRTUAL;
ALTER TABLE customers ADD COLUMN name_fold3 TEXT GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name_fold2, 'Ć', 'c'), 'ć', 'c'), 'Č', 'c'), 'č', 'c'), 'Ď', 'd'), 'ď', 'd'), 'É', 'e'), 'é', 'e'), 'È', 'e'), 'è', 'e'), 'Ê', 'e'), 'ê', 'e')) VIRTUAL;
ALTER TABLE customers ADD COLUMN name_fold4 TEXT GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name_fold3, 'Ë', 'e'), 'ë', 'e'), 'Ę', 'e'), 'ę', 'e'), 'Ě', 'e'), 'ě', 'e'), 'Ė', 'e'), 'ė', 'e'), 'Ğ', 'g'), 'ğ', 'g'), 'Í', 'i'), 'í', 'i')) VIRTUAL;
ALTER TABLE customers ADD COLUMN name_fold5 TEXT GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name_fold4, 'Ì', 'i'), 'ì', 'i'), 'Î', 'i'), 'î', 'i'), 'Ï', 'i'), 'ï', 'i'), 'İ', 'i'), 'ı', 'i'), 'Ł', 'l'), 'ł', 'l'), 'Ñ', 'n'), 'ñ', 'n')) VIRTUAL;
ALTER TABLE customers ADD COLUMN name_fold6 TEXT GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name_fold5, 'Ń', 'n'), 'ń', 'n'), 'Ň', 'n'), 'ň', 'n'), 'Ö', 'o'), 'ö', 'o'), 'Ó', 'o'), 'ó', 'o'), 'Ò', 'o'), 'ò', 'o'), 'Ô', 'o'), 'ô', 'o')) VIRTUAL;
ALTER TABLE customers ADD COLUMN name_fold7 TEXT GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name_fold6, 'Õ', 'o'), 'õ', 'o'), 'Ø', 'o'), 'ø', 'o'), 'Ő', 'o'), 'ő', 'o'), 'Ř', 'r'), 'ř', 'r'), 'Š', 's'), 'š', 's'), 'Ś', 's'), 'ś', 's')) VIRTUAL;
ALTER TABLE customers ADD COLUMN name_fold8 TEXT GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name_fold7, 'Ş', 's'), 'ş', 's'), 'Ť', 't'), 'ť', 't'), 'Ü', 'u'), 'ü', 'u'), 'Ú', 'u'), 'ú', 'u'), 'Ù', 'u'), 'ù', 'u'), 'Û', 'u'), 'û', 'u')) VIRTUAL;
ALTER TABLE customers ADD COLUMN name_fold9 TEXT GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name_fold8, 'Ů', 'u'), 'ů', 'u'), 'Ű', 'u'), 'ű', 'u'), 'Ý', 'y'), 'ý', 'y'), 'Ÿ', 'y'), 'ÿ', 'y'), 'Ž', 'z'), 'ž', 'z'), 'Ź', 'z'), 'ź', 'z')) VIRTUAL;
ALTER TABLE customers ADD COLUMN name_folded TEXT GENERATED ALWAYS AS (lower(replace(replace(name_fold9, 'Ż', 'z'), 'ż', 'z'))) VIRTUAL;
ALTER TABLE customers ADD COLUMN city_fold1 TEXT GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(city, 'ß', 'ss'), 'ẞ', 'ss'), 'Æ', 'ae'), 'æ', 'ae'), 'Œ', 'oe'), 'œ', 'oe'), 'Ä', 'a'), 'ä', 'a'), 'Á', 'a'), 'á', 'a'), 'À', 'a'), 'à', 'a')) VIRTUAL;
ALTER TABLE customers ADD COLUMN city_fold2 TEXT GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(city_fold1, 'Â', 'a'), 'â', 'a'), 'Å', 'a'), 'å', 'a'), 'Ã', 'a'), 'ã', 'a'), 'Ā', 'a'), 'ā', 'a'), 'Ą', 'a'), 'ą', 'a'), 'Ç', 'c'), 'ç', 'c')) VIRTUAL;
ALTER TABLE customers ADD COLUMN city_fold3 TEXT GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(city_fold2, 'Ć', 'c'), 'ć', 'c'), 'Č', 'c'), 'č', 'c'), 'Ď', 'd'), 'ď', 'd'), 'É', 'e'), 'é', 'e'), 'È', 'e'), 'è', 'e'), 'Ê', 'e'), 'ê', 'e')) VIRTUAL;
ALTER TABLE customers ADD COLUMN city_fold4 TEXT GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(city_fold3, 'Ë', 'e'), 'ë', 'e'), 'Ę', 'e'), 'ę', 'e'), 'Ě', 'e'), 'ě', 'e'), 'Ė', 'e'), 'ė', 'e'), 'Ğ', 'g'), 'ğ', 'g'), 'Í', 'i'), 'í', 'i')) VIRTUAL;
ALTER TABLE customers ADD COLUMN city_fold5 TEXT GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(city_fold4, 'Ì', 'i'), 'ì', 'i'), 'Î', 'i'), 'î', 'i'), 'Ï', 'i'), 'ï', 'i'), 'İ', 'i'), 'ı', 'i'), 'Ł', 'l'), 'ł', 'l'), 'Ñ', 'n'), 'ñ', 'n')) VIRTUAL;
ALTER TABLE customers ADD COLUMN city_fold6 TEXT GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(city_fold5, 'Ń', 'n'), 'ń', 'n'), 'Ň', 'n'), 'ň', 'n'), 'Ö', 'o'), 'ö', 'o'), 'Ó', 'o'), 'ó', 'o'), 'Ò', 'o'), 'ò', 'o'), 'Ô', 'o'), 'ô', 'o')) VIRTUAL;
ALTER TABLE customers ADD COLUMN city_fold7 TEXT GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(city_fold6, 'Õ', 'o'), 'õ', 'o'), 'Ø', 'o'), 'ø', 'o'), 'Ő', 'o'), 'ő', 'o'), 'Ř', 'r'), 'ř', 'r'), 'Š', 's'), 'š', 's'), 'Ś', 's'), 'ś', 's')) VIRTUAL;
ALTER TABLE customers ADD COLUMN city_fold8 TEXT GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(city_fold7, 'Ş', 's'), 'ş', 's'), 'Ť', 't'), 'ť', 't'), 'Ü', 'u'), 'ü', 'u'), 'Ú', 'u'), 'ú', 'u'), 'Ù', 'u'), 'ù', 'u'), 'Û', 'u'), 'û', 'u')) VIRTUAL;
ALTER TABLE customers ADD COLUMN city_fold9 TEXT GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(city_fold8, 'Ů', 'u'), 'ů', 'u'), 'Ű', 'u'), 'ű', 'u'), 'Ý', 'y'), 'ý', 'y'), 'Ÿ', 'y'), 'ÿ', 'y'), 'Ž', 'z'), 'ž', 'z'), 'Ź', 'z'), 'ź', 'z')) VIRTUAL;
ALTER TABLE customers ADD COLUMN city_folded TEXT GENERATED ALWAYS AS (lower(replace(replace(city_fold9, 'Ż', 'z'), 'ż', 'z'))) VIRTUAL;

ALTER TABLE customers ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN city_key TEXT NOT NULL DEFAULT '';
UPDATE customers SET name_key = name_folded, city_key = city_folded;
CREATE TRIGGER customers_sort_keys_insert AFTER INSERT ON customers
BEGIN
    UPDATE customers SET name_key = name_folded, city_key = city_folded WHERE rid = new.rid;
END;
CREATE TRIGGER customers_sort_keys_update AFTER UPDATE OF name, city ON customers
BEGIN
    UPDATE customers SET name_key = name_folded, city_key = city_folded WHERE rid = new.rid;
END;
CREATE INDEX customers_name_key ON customers (name_key, rid);
CREATE INDEX customers_city_key ON customers (city_key, name_key, rid);
