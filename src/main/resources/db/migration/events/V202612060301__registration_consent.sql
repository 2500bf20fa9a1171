-- What a public registration agreed to on the form: one line per kind ticked, its id and the text
-- shown with it, recorded as the person's consents when the link is confirmed.
alter table registration_request add column consents varchar(20000);
alter table registration_request add column language varchar(5);
