-- Claims that have no slug of their own (role, participation, statement) and their evidence were numbered by the
-- importer in seed order, so that a document added or removed before others moved every id after it (issue 21).
-- Their ids are now made of what each claim is (org.majlis.seed.ClaimKeys, docs/api.md "Ids"):
-- role <document>.<key>, participation <meeting>.<actor>, statement <document>.<key>, and evidence
-- <claim>@<document>:<start>-<end>; evidence.claim holds the claim's global id, as before. A label keeps its number:
-- no API, export or cursor names a label by it. ordinal still orders each list as its source reports it.
--
-- Only the importer knows the new keys (a role's may come from its seed), so the rows go, and the seed_import row
-- with them: its fingerprint is what tells the importer that the database already holds the seeds, so without it
-- the import at start-up writes them all again, in the same transaction as ever. No other table refers to these.
delete from evidence;
delete from statement;
delete from participation;
delete from role;
delete from seed_import;

-- Slugs are at most 200 characters: a role's id is three of them and two dots.
alter table role alter column id set data type varchar(620);
alter table participation alter column id set data type varchar(620);
alter table statement alter column id set data type varchar(620);
alter table evidence alter column claim set data type varchar(640);
alter table evidence alter column id set data type varchar(900);
