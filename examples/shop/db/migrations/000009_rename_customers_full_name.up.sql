-- "Full name" was a poor fit for how people actually fill in the form.
ALTER TABLE customers RENAME COLUMN full_name TO display_name;
