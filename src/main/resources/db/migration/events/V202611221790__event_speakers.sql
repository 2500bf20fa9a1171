-- the people who speak at an event
create table event_speaker (
    event_id   bigint not null references event (id) on delete cascade,
    person_id  bigint not null references person (id),
    primary key (event_id, person_id)
);

create table event_speaker_aud (
    rev        bigint not null references revinfo (id),
    revtype    smallint,
    event_id   bigint not null,
    person_id  bigint not null,
    primary key (event_id, rev, person_id)
);
