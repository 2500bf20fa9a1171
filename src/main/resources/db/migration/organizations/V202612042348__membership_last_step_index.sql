-- An organization's membership on a day is its last step on or before the day (by day, then by the
-- order recorded). With the id in the index that step is one entry read backwards, no sort: the
-- organizations list filters thousands of organizations by it.
drop index membership_record_organization;
create index membership_record_organization on membership_record (organization_id, happened_on, id);
