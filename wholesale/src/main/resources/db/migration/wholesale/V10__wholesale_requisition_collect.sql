-- A requisition remembers whether the organisation collects the goods at the producing bases.
ALTER TABLE wholesale_requisition ADD COLUMN collect BOOLEAN NOT NULL DEFAULT FALSE;
