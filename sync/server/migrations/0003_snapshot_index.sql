-- salessync-server schema version 3: a first sync's snapshot reads each customer's order lines
-- through their order; the unique (order_id, line_no) index covers live lines only.
CREATE INDEX order_lines_order ON order_lines (order_id);
