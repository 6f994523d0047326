-- An analyst who says two participants are different people is not asked again. The pair is
-- stored lower id first, so that one row answers both orders; it goes when either participant
-- is merged into someone else.
create table participant_merge_rejection (
    participant_id       bigint                   not null references participant (id) on delete cascade,
    other_participant_id bigint                   not null references participant (id) on delete cascade,
    rejected_by          varchar(100)             not null,
    rejected_at          timestamp with time zone not null,
    primary key (participant_id, other_participant_id),
    constraint participant_merge_rejection_ordered check (participant_id < other_participant_id)
);
create index participant_merge_rejection_other on participant_merge_rejection (other_participant_id);

-- A passage coded inside a quote also records where it stands in the message it was first
-- written in; both are null when the passage could not be found there word for word.
alter table annotation add column origin_start integer;
alter table annotation add column origin_end integer;
alter table annotation add constraint annotation_origin_range
    check ((origin_start is null) = (origin_end is null)
           and (origin_start is null or (origin_message_id is not null and 0 <= origin_start and origin_start < origin_end)));
