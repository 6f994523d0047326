-- When the messages an import stored were removed again, as an analyst does who imported the wrong archive. The
-- record stays, so that Earlier imports still says what went in and that it was taken back.
alter table import_run add column removed_at timestamp with time zone;
