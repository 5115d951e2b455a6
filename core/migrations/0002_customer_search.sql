-- Schema version 2: full-text search over customers (name, contact, city, phone, customer
-- number) so the customer list stays instant at 100k rows. An external-content FTS5 index kept
-- in step with the customers table by triggers; diacritics are folded ("Müller" finds "Muller").

CREATE VIRTUAL TABLE customer_search USING fts5(
    name, contact_person, city, phone, code,
    content = 'customers', content_rowid = 'rid',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER customers_search_insert AFTER INSERT ON customers
BEGIN
    INSERT INTO customer_search (rowid, name, contact_person, city, phone, code)
    VALUES (new.rid, new.name, new.contact_person, new.city, new.phone, new.code);
END;

CREATE TRIGGER customers_search_delete AFTER DELETE ON customers
BEGIN
    INSERT INTO customer_search (customer_search, rowid, name, contact_person, city, phone, code)
    VALUES ('delete', old.rid, old.name, old.contact_person, old.city, old.phone, old.code);
END;

CREATE TRIGGER customers_search_update AFTER UPDATE OF name, contact_person, city, phone, code ON customers
BEGIN
    INSERT INTO customer_search (customer_search, rowid, name, contact_person, city, phone, code)
    VALUES ('delete', old.rid, old.name, old.contact_person, old.city, old.phone, old.code);
    INSERT INTO customer_search (rowid, name, contact_person, city, phone, code)
    VALUES (new.rid, new.name, new.contact_person, new.city, new.phone, new.code);
END;

-- Index the customers an older file already holds.
INSERT INTO customer_search (customer_search) VALUES ('rebuild');
