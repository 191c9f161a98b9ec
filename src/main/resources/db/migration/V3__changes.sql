-- The write side (issue 23): every change an analyst makes to the graph is recorded here, append-only, in the
-- transaction that makes it: which node, what kind of change, the node's version after it, who (the token's
-- subject), from where (an analyst, an accepted suggestion), when, and the node's fields before and after as JSON.
-- Its id is the change's place in commit order: writers take the one row of change_sequence for update, so that
-- a change numbered n commits before any numbered n + 1 (a client that has read up to n misses nothing later).
create table graph_change (
    id           bigint           primary key,
    node_id      varchar(220)     not null,
    kind         varchar(20)      not null,
    version      integer          not null,
    author       varchar(300)     not null,
    author_name  varchar(300)     not null,
    origin       varchar(20)      not null,
    made_at      timestamp        not null,
    before_state varchar(1000000),
    after_state  varchar(1000000)
);
create index graph_change_node on graph_change (node_id, id);

create table change_sequence (
    id   integer primary key,
    last bigint  not null
);
insert into change_sequence (id, last) values (1, 0);

-- Every node an analyst can edit carries the version a mutation names: a stale one is a CONFLICT. What the seeds
-- wrote is version 1.
alter table document add column version integer default 1 not null;
