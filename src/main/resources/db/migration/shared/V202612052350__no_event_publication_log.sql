-- Spring Modulith's event publication log was never used: no module publishes an event another
-- listens to. What one module's change causes elsewhere is a mail, written to the outbox in the
-- change's own transaction (all or nothing, sent and retried by the outbox's job).
drop table event_publication_archive;
drop table event_publication;
