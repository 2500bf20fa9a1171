-- A network's data version: bumped in the transaction of any change to one of its records, so
-- that what is computed from the records (the yearly report) is reused until something changes.
create table data_version (
    network_id  bigint primary key references network (id) on delete cascade,
    version     bigint not null default 0
);
