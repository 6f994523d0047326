-- Keeps stance_total (V0008) equal to a recount of annotation: after each passage written,
-- changed or deleted, the cells it left and entered are counted again, in the same transaction.
create trigger annotation_stance_totals after insert, update, delete on annotation
    for each row call 'org.caucus.coding.StanceTotalsTrigger';
