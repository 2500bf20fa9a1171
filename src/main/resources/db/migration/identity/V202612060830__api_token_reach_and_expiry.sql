-- A personal token reaches one network (or, for the platform admin, explicitly every network), may
-- be read-only, expires, notes from where it was last used, and is kept as revoked rather than deleted.
alter table api_token add column network_id bigint references network (id) on delete cascade;
alter table api_token add column platform_wide boolean not null default false;
alter table api_token add column read_only boolean not null default false;
alter table api_token add column expires_at timestamp(6) with time zone;
alter table api_token add column revoked_at timestamp(6) with time zone;
alter table api_token add column last_used_from varchar(64);

-- Tokens made before reached every network of their user. A user with one network keeps it; the
-- platform admin's other tokens stay platform-wide; any other token reached several networks, which
-- no token may do now, so it is revoked and its owner makes new ones. Every token expires in 90 days.
update api_token t set network_id = (select min(r.network_id) from network_role r where r.user_id = t.user_id)
where (select count(*) from network_role r where r.user_id = t.user_id) = 1;
update api_token t set platform_wide = true
where t.network_id is null
  and exists (select 1 from user_account u where u.id = t.user_id and u.platform_admin = true);
update api_token set revoked_at = current_timestamp where network_id is null and platform_wide = false;
update api_token set expires_at = current_timestamp + interval '90' day;

alter table api_token alter column expires_at set not null;
alter table api_token add constraint api_token_reach
    check (revoked_at is not null or (platform_wide = true and network_id is null)
           or (platform_wide = false and network_id is not null));
create index api_token_user on api_token (user_id);
