-- H2 only (PostgreSQL has its own file in db/vendor/postgresql).
-- H2 cannot change the collation of a database that has tables (an existing ./data database), so
-- SQL that sorts names the Lithuanian way calls this function: the name's sort key under Java's
-- Lithuanian collator (lt.tinklas.shared.text.LithuanianOrder).
create alias if not exists lithuanian deterministic for 'lt.tinklas.shared.text.LithuanianOrder.sortKey';
