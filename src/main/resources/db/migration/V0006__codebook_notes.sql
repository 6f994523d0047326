-- The codebook editor: what a coder needs to apply a position consistently, beside its name.
alter table codebook_position add column inclusion_note varchar(4000);
alter table codebook_position add column exclusion_note varchar(4000);
alter table codebook_position add column example varchar(4000);
-- Shortcuts are the digits 1-9 (unique within a project, which the codebook service checks:
-- positions reach their project only through their issue).
alter table codebook_position add constraint codebook_position_shortcut_digit
    check (shortcut is null or shortcut in ('1', '2', '3', '4', '5', '6', '7', '8', '9'));
