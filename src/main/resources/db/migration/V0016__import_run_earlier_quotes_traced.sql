-- How many quotes in messages of earlier imports an import traced to the messages it stored.
alter table import_run add column earlier_quotes_traced integer default 0 not null;
