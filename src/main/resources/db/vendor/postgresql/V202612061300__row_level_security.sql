-- Row-level security: the database itself keeps networks apart. A network-owned row is seen, changed
-- and written only in a transaction that works in its network (tinklas_network(), set per
-- transaction), or on the platform's own narrow path (tinklas.platform, set per transaction by
-- lt.tinklas.shared.tenancy.PlatformWide: sign-in, the list of a user's networks, jobs walking every
-- network). Forced, so that it holds for the tables' owner too; the application connects as a role
-- that owns nothing (see the README: SPRING_FLYWAY_USER runs the migrations as the owner).
-- A row without a network (a platform mail, a platform-wide token) belongs to work outside every
-- network. revinfo (who changed something and when) is shared by the platform and every network and keeps
-- no network's data. The policy asks the two functions once per statement (as sub-selects), not
-- once per row.
create function tinklas_platform() returns boolean language sql stable parallel safe
	as $$ select coalesce(current_setting('tinklas.platform', true), '') = 'on' $$;

do $$
declare
	owned record;
begin
	for owned in
		select c.oid::regclass as name
		from pg_class c
		where c.relkind = 'r' and c.relnamespace = current_schema()::regnamespace
			and c.relname <> 'revinfo'
			and exists (select 1 from pg_attribute x
				where x.attrelid = c.oid and x.attname = 'network_id' and not x.attisdropped)
		order by 1
	loop
		execute format('alter table %s enable row level security', owned.name);
		execute format('alter table %s force row level security', owned.name);
		execute format('create policy network_isolation on %s '
			'using (network_id is not distinct from (select tinklas_network()) or (select tinklas_platform())) '
			'with check (network_id is not distinct from (select tinklas_network()) or (select tinklas_platform()))',
			owned.name);
	end loop;
end $$;

-- A new network's default kinds of consent are written by a trigger on its insert, in the new
-- network, whatever network the inserting transaction works in.
create or replace function consent_kind_defaults_of_new_network() returns trigger language plpgsql as $$
declare
    working_in text := coalesce(current_setting('tinklas.network', true), '');
begin
    perform set_config('tinklas.network', new.id::text, true);
    perform consent_kind_defaults(new.id);
    perform set_config('tinklas.network', working_in, true);
    return new;
end;
$$;
