-- Drafts (issue 25): what the drafter proposes for a document, kept apart from the claims until an analyst accepts
-- it. A suggestion's id is its document and a fingerprint of its kind, offsets and content, so that drafting the
-- document again finds the same suggestion (a rejected one stays rejected and hidden). proposal is the input of the
-- mutation that accepting it sends (mutation names it), as JSON; claim, for a further source, the claim it reports
-- again, and once accepted, the claim made. Decisions are kept: they give each rule's precision. An import of the seeds
-- leaves the table as it is (it is not seed data), so it names its document by slug with no foreign key; a suggestion
-- whose document an import took away goes with it (org.majlis.draft.Drafts).
create table suggestion (
    id            varchar(300)     primary key,
    document      varchar(200)     not null,
    ordinal       integer          not null,
    kind          varchar(30)      not null,
    status        varchar(20)      not null,
    summary       varchar(2000)    not null,
    mutation      varchar(60)      not null,
    proposal      varchar(200000)  not null,
    quotes        varchar(200000)  not null,
    score         double precision not null,
    rule          varchar(60)      not null,
    rule_version  varchar(20)      not null,
    claim         varchar(640),
    drafted_at    timestamp        not null,
    decided_by    varchar(300),
    decided_by_name varchar(300),
    decided_at    timestamp
);
create index suggestion_document on suggestion (document, ordinal);

-- A change made by accepting a suggestion names it (origin SUGGESTION).
alter table graph_change add column suggestion varchar(300);
