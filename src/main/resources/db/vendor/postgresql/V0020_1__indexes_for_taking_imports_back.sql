-- H2 indexes a foreign key's column by itself; PostgreSQL does not. Without these, deleting a message makes PostgreSQL
-- read every message and every block to find what still points at it, and taking back an import of 17,000 messages
-- ran for over ten minutes.
create index message_parent on message (parent_id);
create index message_block_origin on message_block (origin_message_id);
create index annotation_origin on annotation (origin_message_id);
create index import_problem_message on import_problem (message_id);
