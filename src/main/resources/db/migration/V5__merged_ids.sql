-- A curator merges two nodes that are the same person (issue 23): the merged node's id, and the ids of the claims
-- that were named after it, answer as the survivor's. One row per old id, pointing at the id that now answers for it.
create table node_alias (
    old_id varchar(700) primary key,
    new_id varchar(700) not null
);
create index node_alias_new_id on node_alias (new_id);
