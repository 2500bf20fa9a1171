-- people's workplaces and participations point at organizations (of the same network: the code checks that)
alter table person_affiliation add constraint person_affiliation_organization
    foreign key (organization_id) references organization (id);
alter table participation add constraint participation_organization
    foreign key (organization_id) references organization (id);
