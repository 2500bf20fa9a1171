-- What the counts, a person's page and the registration checks look participations up by. The
-- rows of an event carry their status, person and organization, so the yearly figures (different
-- people and organizations that attended) read the index alone. Feedback, feedback requests and
-- invitations are found by event through their (event, person) unique constraints.
create index participation_event_person on participation (event_id, status, person_id, organization_id);
drop index participation_event;
create index participation_person on participation (person_id);
create index registration_request_event on registration_request (event_id);
create index event_speaker_person on event_speaker (person_id);
create index event_tag_link_tag on event_tag_link (tag);
