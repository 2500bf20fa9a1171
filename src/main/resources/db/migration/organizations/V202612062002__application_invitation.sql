-- The invitation code an application names (a campaign's or one letter's), as the applicant gave it.
alter table membership_application add column invitation_code varchar(30);
alter table membership_application_aud add column invitation_code varchar(30);
create index membership_application_invitation on membership_application (network_id, invitation_code);
