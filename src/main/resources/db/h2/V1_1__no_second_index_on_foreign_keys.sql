-- H2 only (quarkus.flyway.locations adds db/<database kind>): H2 indexes every foreign-key column itself, so the
-- indexes that V1 declares on such columns for PostgreSQL, which does not, are a second copy of an index H2
-- already has. Each copy costs every insert of the import and serves no query the first does not (the planner
-- takes either). Numbered 1.1 so that a migration shared by both databases can still be V2.
drop index meeting_place;
drop index participation_meeting;
drop index participation_actor;
drop index participation_on_behalf_of;
drop index role_actor;
drop index role_organisation;
drop index statement_meeting;
drop index military_presence_force;
drop index military_presence_sponsor;
