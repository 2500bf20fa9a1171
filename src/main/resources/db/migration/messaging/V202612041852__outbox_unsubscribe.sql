-- The link that stops such mail, sent in the List-Unsubscribe header; mail one cannot leave has none.
alter table outbox_mail add column unsubscribe_url varchar(1000);
