-- Bulk mail (newsletters) goes through the outbox too: with its own HTML, its envelope sender (for
-- bounces), after every other mail, and with a reference its sender is told about.
alter table outbox_mail alter column body set data type varchar(100000);
alter table outbox_mail add column html varchar(400000);
alter table outbox_mail add column envelope_from varchar(400);
alter table outbox_mail add column bulk boolean default false not null;
alter table outbox_mail add column reference varchar(100);
