-- When each scheduled job last ran, and on which node: several nodes each run the scheduler, and a
-- job's run is claimed here (under a PostgreSQL advisory lock) so that it runs once across them.
create table job_run (
    job varchar(100) primary key,
    started_at timestamp with time zone not null,
    node varchar(200) not null
);
