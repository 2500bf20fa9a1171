-- A mail's Message-ID is a random id kept with its row: unique across restores and installations,
-- the same when the row is sent again.
alter table outbox_mail add column message_id uuid;
update outbox_mail set message_id = gen_random_uuid() where message_id is null;
alter table outbox_mail alter column message_id set not null;
alter table outbox_mail add constraint outbox_mail_message_id_unique unique (message_id);
