-- Which import stored a message, so that taking an import back removes exactly its messages, an import killed half-way
-- included. Null for messages that no recorded import stored.
alter table message add column import_run_id bigint;

-- Messages stored before this column existed go to the import that was storing when they were written. Imports into a
-- project take turns: of the imports whose time spans a message's, the one that ended first was storing it (the others
-- were waiting for their turn), and one that never ended, killed with the server, spans everything after its start.
update message m set import_run_id = (
    select r.id from import_run r
     where r.project_id = m.project_id and r.removed_at is null
       and r.started_at <= m.imported_at and (r.finished_at is null or r.finished_at >= m.imported_at)
     order by case when r.finished_at is null then 1 else 0 end, r.finished_at, r.started_at desc
     fetch first 1 rows only);

-- The Messages page lists an import's messages in date order straight off this index, as the project's date index
-- (V0002) serves the whole list; it also serves the foreign key, which H2 would otherwise index on its own.
create index message_import_run on message (import_run_id, sent_at nulls last, id);
alter table message add constraint message_import_run_fk foreign key (import_run_id) references import_run (id);
