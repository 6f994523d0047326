-- Analysts compare positions by country as well as by organisation and stakeholder group.
alter table participant add column country varchar(100);
