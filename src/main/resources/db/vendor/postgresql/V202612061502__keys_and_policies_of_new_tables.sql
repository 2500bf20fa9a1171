-- New network-owned tables get what V202612061000 and V202612061300 gave every table then: each key
-- to another network-owned table composite, (network_id, x_id) to the parent's (network_id, id), and
-- the forced network policy. Written once as a procedure that a module's later migration calls
-- after creating its tables (with plain keys, as the embedded database has them).
create procedure secure_network_tables() language plpgsql as $$
declare
	fk record;
	owned record;
	parent_key text;
	on_delete text;
begin
	for fk in
		select c.conname, c.conrelid::regclass as child, c.confrelid::regclass as parent,
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
		order by 2, 4
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
	for owned in
		select c.oid::regclass as name
		from pg_class c
		where c.relkind = 'r' and c.relnamespace = current_schema()::regnamespace
			and c.relname <> 'revinfo' and not c.relrowsecurity
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

call secure_network_tables();
