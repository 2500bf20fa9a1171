-- Every network-owned row names its network, and no row can point into another network.
--
-- 1. The network a transaction works in (set per transaction by the application, see
--    lt.tinklas.shared.tenancy.NetworkScopedDataSource); null when none is set.
create function tinklas_network() returns bigint language sql stable parallel safe
	as $$ select nullif(current_setting('tinklas.network', true), '')::bigint $$;

-- 2. Collection tables (a person's affiliations, a project's partners ...) carry no network column
--    yet: each belongs to its owner through the one foreign key that deletes it with the owner. They
--    get the owner's network, filled in for existing rows, and for new rows from the transaction's
--    network (Hibernate writes collections without knowing the column); the composite key below
--    refuses a value that is not the owner's. Their history tables get it too, from the revision.
-- A row written without it (by COPY, or outside any network) takes its owner's network.
create function network_of_owner() returns trigger language plpgsql as $$
begin
	if new.network_id is null then
		execute format('select network_id from %s where id = $1', tg_argv[0])
			into new.network_id using (to_jsonb(new) ->> tg_argv[1])::bigint;
	end if;
	return new;
end $$;

do $$
declare
	owned record;
begin
	for owned in
		select c.conrelid::regclass as child, c.confrelid::regclass as parent, a.attname as owner_column
		from pg_constraint c
		join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
		where c.contype = 'f' and c.confdeltype = 'c' and c.connamespace = current_schema()::regnamespace
			and array_length(c.conkey, 1) = 1
			and not exists (select 1 from pg_attribute x
				where x.attrelid = c.conrelid and x.attname = 'network_id' and not x.attisdropped)
			and exists (select 1 from pg_attribute x
				where x.attrelid = c.confrelid and x.attname = 'network_id' and not x.attisdropped)
		order by 1
	loop
		execute format('alter table %s add column network_id bigint', owned.child);
		execute format('update %s c set network_id = p.network_id from %s p where p.id = c.%I',
			owned.child, owned.parent, owned.owner_column);
		execute format('alter table %s alter column network_id set default tinklas_network(), '
			'alter column network_id set not null', owned.child);
		execute format('create trigger %I before insert on %s for each row execute function network_of_owner(%L, %L)',
			owned.child::text || '_network', owned.child, owned.parent::text, owned.owner_column);
		execute format('alter table %s add foreign key (network_id) references network (id)', owned.child);
		execute format('create index on %s (network_id)', owned.child);
		if to_regclass(owned.child::text || '_aud') is not null then
			execute format('alter table %s add column network_id bigint default tinklas_network()',
				owned.child::text || '_aud');
			execute format('update %s h set network_id = r.network_id from revinfo r where r.id = h.rev',
				owned.child::text || '_aud');
		end if;
	end loop;
end $$;

-- 3. A key between two network-owned tables names the network on both sides: (network_id, x_id)
--    references the parent's (network_id, id), so a row cannot point at another network's record.
--    The delete rule stays as it was.
do $$
declare
	fk record;
	parent_key text;
	on_delete text;
begin
	for fk in
		select c.oid, c.conname, c.conrelid::regclass as child, c.confrelid::regclass as parent,
			a.attname as child_column, c.confdeltype
		from pg_constraint c
		join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
		join pg_attribute p on p.attrelid = c.confrelid and p.attnum = c.confkey[1]
		where c.contype = 'f' and c.connamespace = current_schema()::regnamespace
			and array_length(c.conkey, 1) = 1 and p.attname = 'id'
			and a.attname <> 'network_id'
			and exists (select 1 from pg_attribute x
				where x.attrelid = c.conrelid and x.attname = 'network_id' and not x.attisdropped)
			and exists (select 1 from pg_attribute x
				where x.attrelid = c.confrelid and x.attname = 'network_id' and not x.attisdropped)
			and c.conrelid::regclass::text not like '%\_aud'
			and c.confrelid::regclass::text <> 'revinfo'
		order by 3, 5
	loop
		parent_key := fk.parent::text || '_network_id_id_key';
		if not exists (select 1 from pg_constraint where conname = parent_key and conrelid = fk.parent) then
			execute format('alter table %s add constraint %I unique (network_id, id)', fk.parent, parent_key);
		end if;
		on_delete := case fk.confdeltype
			when 'c' then 'on delete cascade'
			when 'r' then 'on delete restrict'
			when 'n' then format('on delete set null (%I)', fk.child_column)
			else '' end;
		execute format('alter table %s drop constraint %I', fk.child, fk.conname);
		execute format('alter table %s add constraint %I foreign key (network_id, %I) references %s (network_id, id) %s',
			fk.child, fk.conname, fk.child_column, fk.parent, on_delete);
	end loop;
end $$;
