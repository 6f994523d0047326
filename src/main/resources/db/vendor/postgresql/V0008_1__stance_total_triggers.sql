-- Keeps stance_total (V0008) equal to a recount of annotation: after each passage written,
-- changed or deleted, the cells it left and entered are counted again, in the same transaction.
-- The same recount as org.caucus.coding.StanceTotalsTrigger, which does it on H2.
create function recount_stance_total(cell_position bigint, cell_speaker bigint, cell_qualifier varchar)
    returns void language plpgsql as $$
declare
    counted_statements bigint;
    counted_passages   bigint;
    counted_messages   bigint;
begin
    select count(distinct statement_key), count(*), count(distinct message_id)
      into counted_statements, counted_passages, counted_messages
      from annotation
     where position_id = cell_position and qualifier = cell_qualifier
       and (speaker_id = cell_speaker or (cell_speaker is null and speaker_id is null));
    if counted_passages = 0 then
        delete from stance_total
         where position_id = cell_position and qualifier = cell_qualifier
           and (speaker_id = cell_speaker or (cell_speaker is null and speaker_id is null));
    else
        insert into stance_total (position_id, speaker_id, qualifier, statements, passages, messages)
        values (cell_position, cell_speaker, cell_qualifier, counted_statements, counted_passages, counted_messages)
        on conflict on constraint stance_total_cell do update
           set statements = excluded.statements, passages = excluded.passages, messages = excluded.messages;
    end if;
end
$$;

create function annotation_stance_totals() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform recount_stance_total(old.position_id, old.speaker_id, old.qualifier);
    end if;
    if tg_op = 'INSERT' or (tg_op = 'UPDATE' and (new.position_id, new.speaker_id, new.qualifier)
                                                 is distinct from (old.position_id, old.speaker_id, old.qualifier)) then
        perform recount_stance_total(new.position_id, new.speaker_id, new.qualifier);
    end if;
    return null;
end
$$;

create trigger annotation_stance_totals
    after insert or delete or update of position_id, speaker_id, qualifier, statement_key, message_id on annotation
    for each row execute function annotation_stance_totals();
