-- A deleted project gives up its name, so that an analyst who deletes a project can start again under the same
-- name. Names stay unique among the live projects: the unique constraint on name lets any number of nulls through,
-- on H2 as on PostgreSQL, and a deleted project keeps what it was called in deleted_name.
alter table project add column deleted_name varchar(200);
alter table project alter column name drop not null;
update project set deleted_name = name, name = null where deleted_at is not null;
