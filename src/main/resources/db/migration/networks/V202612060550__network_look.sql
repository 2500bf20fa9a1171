-- Each network's own look: English names and texts, a main colour, who signs its certificates.
alter table network add column name_en varchar(200);
alter table network add column mission_en varchar(2000);
alter table network add column vision_en varchar(2000);
alter table network add column values_en varchar(4000);
alter table network add column colour varchar(7);
alter table network add column signer_name varchar(200);
alter table network add column signer_position varchar(200);
alter table network add column signer_position_en varchar(200);
alter table network_aud add column name_en varchar(200);
alter table network_aud add column mission_en varchar(2000);
alter table network_aud add column vision_en varchar(2000);
alter table network_aud add column values_en varchar(4000);
alter table network_aud add column colour varchar(7);
alter table network_aud add column signer_name varchar(200);
alter table network_aud add column signer_position varchar(200);
alter table network_aud add column signer_position_en varchar(200);

-- The network's logo (PNG or JPEG), kept apart from its audited settings so that its history does
-- not copy the picture with every change.
create table network_logo (
    network_id    bigint       primary key references network (id),
    content_type  varchar(40)  not null,
    content       bytea        not null,
    changed_at    timestamp(6) with time zone not null
);
