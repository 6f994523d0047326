-- The message list shows a project's messages in date order, undated ones last and ties broken
-- by id, narrowed by list, poster, date range or thread, a page at a time. These indexes hold
-- the messages in that order, so that a filtered page can be read off an index rather than by
-- sorting every matching message. "nulls last" is spelled out because H2 otherwise sorts nulls
-- first (PostgreSQL accepts the same syntax).
-- The poster index also answers "has this participant posted?" for the filter's choices; the
-- thread filter is served by message_thread from V0001, since threads are short.
create index message_project_sent_id on message (project_id, sent_at nulls last, id);
create index message_project_list_sent_id on message (project_id, list_name, sent_at nulls last, id);
create index message_poster_sent_id on message (poster_id, sent_at nulls last, id);
