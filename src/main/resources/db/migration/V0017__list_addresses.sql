-- The lists' own addresses, as the footers of a project's messages give them. A From header with one of them names
-- its poster by the name alone, in every later import of the project too, though its messages show no footer.
create table list_address (
    project_id bigint       not null references project (id),
    address    varchar(320) not null,
    primary key (project_id, address)
);
