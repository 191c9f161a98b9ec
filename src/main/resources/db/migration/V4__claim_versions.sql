-- Meetings are edited through the API (issue 23): each carries the version a mutation names, as documents do (V3).
-- What the seeds wrote is version 1.
alter table meeting add column version integer default 1 not null;

-- Why a claim was retracted, in its retractor's words (Wikidata's edit summary, ACLED's deletion notes).
alter table graph_change add column reason varchar(2000);

-- Actors are added and renamed through the API too.
alter table actor add column version integer default 1 not null;
