-- Blind coding: while a project is blind and not revealed, each coder sees only their own coded
-- passages. Revealing is recorded with who revealed and when, and is final: once coders have seen
-- one another's work, the project cannot be made blind again.
alter table project add column blind_coding boolean default false not null;
alter table project add column coding_revealed_at timestamp with time zone;
alter table project add column coding_revealed_by varchar(100);
