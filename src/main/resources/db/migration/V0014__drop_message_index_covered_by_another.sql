-- message_project_sent (V0001) holds the first two columns of message_project_sent_id (V0002), which answers every
-- query it did. Each index is one more tree to update for every message an import writes.
drop index message_project_sent;
