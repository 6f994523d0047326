-- Pipermail months uploaded in the browser were read as if the server's folder for uploads ("caucus-upload" and a
-- number) were the list's archive, so their messages without the list's tag went to a list of that name. Nothing
-- names their list: their subjects had no tag, and an upload has no folder of the analyst's.
update message set list_name = null where list_name like 'caucus-upload%';
