-- Who has just changed something, when a read replica is in use: their reads go to the primary until
-- the time given, so that they see their own changes (lt.tinklas.shared.replica).
create table read_fence (
    subject varchar(320) primary key,
    until timestamp with time zone not null
);
