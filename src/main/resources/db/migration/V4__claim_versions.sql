-- Claims, actors, organisations and places are changed through the API (issue 23): each carries the version a mutation
-- names, as documents do (V3): a stale one is a CONFLICT. What the seeds wrote is version 1.
alter table meeting add column version integer default 1 not null;
alter table role add column version integer default 1 not null;
alter table military_presence add column version integer default 1 not null;
alter table relationship add column version integer default 1 not null;
alter table statement add column version integer default 1 not null;
alter table actor add column version integer default 1 not null;
alter table organisation add column version integer default 1 not null;
alter table place add column version integer default 1 not null;

-- Why a claim was retracted, in its retractor's words (Wikidata's edit summary, ACLED's deletion notes).
alter table graph_change add column reason varchar(2000);
