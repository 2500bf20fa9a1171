-- A mail may carry one file (a letter as PDF): its name as the reader sees it, its MIME type and its
-- bytes. bytea is PostgreSQL's binary type; H2 in PostgreSQL mode reads it as binary varying.
alter table outbox_mail add column attachment_name varchar(255);
alter table outbox_mail add column attachment_type varchar(100);
alter table outbox_mail add column attachment bytea;
-- the three come and go together: a file has its name and type, and none without it
alter table outbox_mail add constraint outbox_mail_attachment_whole
    check ((attachment is null) = (attachment_name is null) and (attachment is null) = (attachment_type is null));
