-- The comparison's group-by key with the statement and message that it counts: the key of every
-- filtered matrix and network query, and what the stance totals below are recounted from.
create index annotation_stance on annotation (speaker_id, position_id, qualifier, statement_key, message_id);

-- How many passages each participant (null: an unknown speaker) coded with each qualifier on each
-- position: statements (a passage quoted five times once), every occurrence, and messages. A
-- materialised aggregate of annotation, kept up to date by the triggers of the vendor migration
-- V0008_1 in the transaction that writes the passages, whatever code writes them; the unfiltered
-- position matrix and networks read it instead of grouping a million passages.
-- No foreign keys on purpose: the rows are derived data, so a project backup (which follows the
-- foreign keys to project) leaves them out, and the restore's inserts into annotation recount them.
-- A participant or position cannot go while passages point at it, and its last passage's trigger
-- removes its rows.
create table stance_total (
    position_id bigint      not null,
    speaker_id  bigint,
    qualifier   varchar(10) not null,
    statements  bigint      not null,
    passages    bigint      not null,
    messages    bigint      not null,
    constraint stance_total_cell unique nulls not distinct (position_id, speaker_id, qualifier),
    constraint stance_total_counted check (0 < statements and statements <= passages and 0 < messages
                                           and messages <= passages)
);

insert into stance_total (position_id, speaker_id, qualifier, statements, passages, messages)
select position_id, speaker_id, qualifier, count(distinct statement_key), count(*), count(distinct message_id)
from annotation
group by speaker_id, position_id, qualifier;
