-- The names a project's lists had before an analyst renamed them, in lower case. Later imports bring a list by the
-- name its archive gives it; through these it keeps the name the analysts chose.
create table list_alias (
    project_id bigint       not null references project (id),
    alias      varchar(200) not null,
    list_name  varchar(200) not null,
    primary key (project_id, alias)
);
