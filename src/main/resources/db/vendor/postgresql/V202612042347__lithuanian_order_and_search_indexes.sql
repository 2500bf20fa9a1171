-- PostgreSQL only (H2 has its own file in db/vendor/h2).
-- Names sort in Lithuanian alphabetical order in the database (A Ą B C Č ... S Š ... Z Ž), so that
-- lists are ordered and paged in SQL: ICU's Lithuanian collation, which every PostgreSQL built with
-- ICU has. Without it the migration stops and says so rather than sort names the wrong way.
do $$
begin
    if not exists (select 1 from pg_collation where collname = 'lt-x-icu') then
        raise exception 'This PostgreSQL has no ICU collation "lt-x-icu": Tinklas needs a PostgreSQL built with ICU to sort names in Lithuanian order';
    end if;
end $$;

alter table organization alter column name type varchar(300) collate "lt-x-icu";
alter table organization alter column short_name type varchar(100) collate "lt-x-icu";
alter table person alter column last_name type varchar(100) collate "lt-x-icu";
alter table person alter column first_name type varchar(100) collate "lt-x-icu";

-- a list's first page is read in order from these, without sorting the whole network
create index organization_by_name on organization (network_id, name, id);
drop index person_network;
create index person_by_name on person (network_id, last_name, first_name, id);

-- the search for any part of a name ("like '%zmogaus%'" on the text stored without diacritics):
-- trigram indexes. pg_trgm is a trusted extension (PostgreSQL 13+), so the database's owner may
-- create it; where it cannot be had the search still works, by reading the network's rows.
do $$
begin
    create extension if not exists pg_trgm;
    create index organization_search_text on organization using gin (search_text gin_trgm_ops);
    create index person_search_text on person using gin (search_text gin_trgm_ops);
exception
    when insufficient_privilege or undefined_file or feature_not_supported then
        raise warning 'No pg_trgm (%): organizations and people are searched without a trigram index', sqlerrm;
end $$;
