-- Failed sign-ins, per e-mail ('account:<e-mail>', whether it has an account or not) and per client
-- address ('address:<ip>'): a growing delay replaces the account lock, counted by one update under the
-- row's lock (no version to collide on).
create table sign_in_failure (
    subject         varchar(400) primary key,
    failures        integer      not null,
    last_failed_at  timestamp(6) with time zone not null,
    wait_until      timestamp(6) with time zone,
    warned_at       timestamp(6) with time zone
);
create index sign_in_failure_last on sign_in_failure (last_failed_at);

alter table user_account drop column failed_logins;
alter table user_account drop column locked_until;
