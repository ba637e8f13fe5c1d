-- A requisition keeps its recipient as orders accepts one (up to 60 characters); 40 refused a
-- longer name with a database error instead of keeping it.
ALTER TABLE wholesale_requisition MODIFY recipient VARCHAR(60) NOT NULL;
