-- A file an import left out on purpose (a mail program's own file, an empty mailbox, a month given twice) was listed
-- as a warning, beside a count of warnings that did not count it. It is listed as skipped now.
alter table import_problem drop constraint import_problem_severity_known;
alter table import_problem add constraint import_problem_severity_known
    check (severity in ('WARNING', 'FAILED', 'SKIPPED'));
-- Each reason for leaving a file out says "skipped", and names no message.
update import_problem set severity = 'SKIPPED'
 where severity = 'WARNING' and message_id is null and lower(reason) like '%skipped%';
