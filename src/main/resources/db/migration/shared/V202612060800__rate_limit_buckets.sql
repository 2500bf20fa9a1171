-- Bucket4j's buckets of the rate limits (lt.tinklas.shared.ratelimit), one row per door and caller,
-- read and written under a PostgreSQL advisory lock on lock_id (a hash of the id) so that several
-- nodes count the same requests. The embedded H2 database keeps its buckets in memory; the table is
-- there all the same.
create table rate_limit_bucket (
    id          varchar(400) primary key,
    lock_id     bigint       not null,
    state       bytea,
    expires_at  bigint
);
create index rate_limit_bucket_expires on rate_limit_bucket (expires_at);
