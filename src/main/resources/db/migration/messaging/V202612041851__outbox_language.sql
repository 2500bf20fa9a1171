-- The language a mail is written in: its sender's name and its HTML part follow it. Mail written
-- before it was kept gets Lithuanian, the platform's default.
alter table outbox_mail add column language varchar(16) not null default 'lt';
