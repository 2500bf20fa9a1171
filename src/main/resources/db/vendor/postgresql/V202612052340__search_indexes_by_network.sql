-- PostgreSQL only. The trigram indexes of the search hold the network first (btree_gin, trusted like
-- pg_trgm), so a search reads only its own network's matches: on a platform of hundreds of networks
-- a common part of a name matches thousands of rows elsewhere. Without either extension the
-- indexes stay as they were.
do $$
begin
    create extension if not exists btree_gin;
    drop index if exists organization_search_text;
    drop index if exists person_search_text;
    create index organization_search_text on organization using gin (network_id, search_text gin_trgm_ops);
    create index person_search_text on person using gin (network_id, search_text gin_trgm_ops);
exception
    when insufficient_privilege or undefined_file or feature_not_supported or undefined_object then
        raise warning 'No btree_gin or pg_trgm (%): the search indexes do not hold the network', sqlerrm;
end $$;
