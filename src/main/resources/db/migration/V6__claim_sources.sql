-- A claim may rest on several documents (issue 24): the document that first reported it stays its own (the claim's
-- document column, whose view is the claim's fields), and every further report is a row here, in the order it was
-- joined, with what that report says where it says it (its date, place and status; null: it does not say).
create table claim_source (
    claim          varchar(640) not null,
    document       varchar(200) not null references document (slug),
    ordinal        integer      not null,
    status         varchar(20),
    date_iso       varchar(21),
    date_precision varchar(5),
    date_earliest  date,
    date_latest    date,
    date_text      varchar(500),
    place          varchar(200) references place (slug),
    primary key (claim, document)
);
create index claim_source_document on claim_source (document);

-- A quote's source among its claim's: 0 for the claim's own document, then claim_source.ordinal, so that a claim's
-- quotes list by source and, within one, as that source gives them (ordinal counts within a source).
alter table evidence add column source_ordinal integer default 0 not null;

-- "The claims of this document" now asks evidence by document.
create index evidence_document on evidence (document);
