-- The secret of a mailed link is kept apart from the mail's text, which holds a placeholder in its
-- place, and only until the mail is sent: a sent mail's row holds no usable link.
alter table outbox_mail add column link_secret varchar(200);
