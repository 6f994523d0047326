-- H2 indexes a foreign key's column by itself, so message_thread (V0001) was a second index on message.thread_id,
-- updated for every message an import writes. PostgreSQL makes no such index and keeps message_thread.
drop index message_thread;
