-- The partnership's postal address: the sender of its decision letters and where objections go (R-DL-6, issue 19).
ALTER TABLE partnerships ADD COLUMN postal_address VARCHAR(300) NOT NULL DEFAULT '';
