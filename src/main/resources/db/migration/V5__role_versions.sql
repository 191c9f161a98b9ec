-- Roles are added, edited and retracted through the API (issue 23), each at the version a mutation names (V3, V4).
alter table role add column version integer default 1 not null;
