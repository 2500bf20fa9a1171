-- A reminder carries its own stop link (the invitation's link is kept only as a hash, so it cannot
-- be sent again). Reminders sent before went without one.
alter table event_invitation add column reminder_token_hash varchar(64);
alter table event_invitation add constraint event_invitation_reminder_token_unique unique (reminder_token_hash);
