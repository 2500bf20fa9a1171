-- PostgreSQL only. The sender locks the next unsent mail in the order bulk, attempts, id; without an
-- index in that order each lock sorted every unsent row (a mailing's whole batch) for each mail sent.
create index outbox_mail_unsent on outbox_mail (bulk, attempts, id) where sent_at is null;
