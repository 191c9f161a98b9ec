-- The knowledge graph of Majlis. Nodes (document, actor, organisation, place, meeting, military_presence,
-- relationship) are keyed by their seed slug, so a global id "Type:slug" maps to a primary key without a
-- lookup table. Claims that are not nodes (role, participation, statement) get ids the importer numbers in seed
-- order; evidence points at its claim through a "Type:key" reference so that every claim kind shares one table.

create table organisation (
    slug       varchar(200) primary key,
    kind       varchar(40)  not null,
    country    varchar(2),
    parent     varchar(200) references organisation (slug),
    background varchar(500)
);

create table actor (
    slug       varchar(200) primary key,
    background varchar(500)
);

create table place (
    slug       varchar(200) primary key,
    kind       varchar(40)  not null,
    country    varchar(2),
    latitude   double precision,
    longitude  double precision,
    background varchar(500)
);

-- Names and aliases of actors, organisations and places, in seed order.
create table label (
    id         bigint primary key,
    node_id    varchar(220)  not null,
    alias      boolean       not null,
    lang       varchar(35)   not null,
    text       varchar(1000) not null,
    background boolean       not null,
    ordinal    integer       not null
);
create index label_node_id on label (node_id);

create table document (
    slug                   varchar(200)  primary key,
    title                  varchar(1000) not null,
    publisher              varchar(300)  not null,
    publisher_organisation varchar(200)  references organisation (slug),
    published_on           date          not null,
    language               varchar(35)   not null,
    url                    varchar(2000),
    -- varchar rather than clob/text: the one long-string type that H2 and PostgreSQL both have, mapped the same
    -- way by Hibernate on both. H2 caps it at 1,000,000 characters, far above any news article.
    text                   varchar(1000000) not null
);

create table role (
    id             bigint primary key,
    actor          varchar(200)  not null references actor (slug),
    organisation   varchar(200)  references organisation (slug),
    title_en       varchar(500)  not null,
    title_ar       varchar(500),
    acting         boolean       not null,
    is_current     boolean       not null,
    status         varchar(20)   not null,
    start_iso      varchar(21),
    start_precision varchar(5),
    start_earliest date,
    start_latest   date,
    start_text     varchar(500),
    end_iso        varchar(21),
    end_precision  varchar(5),
    end_earliest   date,
    end_latest     date,
    end_text       varchar(500),
    document       varchar(200)  not null references document (slug),
    ordinal        integer       not null
);
create index role_actor on role (actor);
create index role_organisation on role (organisation);

create table meeting (
    slug           varchar(200)  primary key,
    title_en       varchar(500)  not null,
    title_ar       varchar(500),
    description_en varchar(2000),
    description_ar varchar(2000),
    kind           varchar(40)   not null,
    status         varchar(20)   not null,
    date_iso       varchar(21)   not null,
    date_precision varchar(5)    not null,
    date_earliest  date          not null,
    date_latest    date          not null,
    date_text      varchar(500),
    place          varchar(200)  references place (slug),
    document       varchar(200)  not null references document (slug)
);
create index meeting_date on meeting (date_earliest, slug);
create index meeting_place on meeting (place);

create table meeting_topic (
    meeting varchar(200) not null references meeting (slug),
    ordinal integer      not null,
    topic   varchar(200) not null,
    primary key (meeting, ordinal)
);

create table participation (
    id           bigint primary key,
    meeting      varchar(200) not null references meeting (slug),
    actor        varchar(200) not null references actor (slug),
    on_behalf_of varchar(200) references organisation (slug),
    role         varchar(40)  not null,
    ordinal      integer      not null
);
create index participation_meeting on participation (meeting);
create index participation_actor on participation (actor);
create index participation_on_behalf_of on participation (on_behalf_of);

create table statement (
    id           bigint primary key,
    meeting      varchar(200) references meeting (slug),
    speaker      varchar(200) references actor (slug),
    organisation varchar(200) references organisation (slug),
    reported_by  varchar(200) references organisation (slug),
    summary_en   varchar(2000) not null,
    summary_ar   varchar(2000),
    status       varchar(20)   not null,
    document     varchar(200)  not null references document (slug),
    ordinal      integer       not null
);
create index statement_meeting on statement (meeting);

create table military_presence (
    slug               varchar(200) primary key,
    force_organisation varchar(200) not null references organisation (slug),
    sponsor            varchar(200) references organisation (slug),
    host_country       varchar(2)   not null,
    place              varchar(200) references place (slug),
    kind               varchar(40)  not null,
    status             varchar(20)  not null,
    description_en     varchar(2000),
    description_ar     varchar(2000),
    start_iso          varchar(21),
    start_precision    varchar(5),
    start_earliest     date,
    start_latest       date,
    start_text         varchar(500),
    end_iso            varchar(21),
    end_precision      varchar(5),
    end_earliest       date,
    end_latest         date,
    end_text           varchar(500),
    document           varchar(200) not null references document (slug)
);
create index military_presence_force on military_presence (force_organisation);
create index military_presence_sponsor on military_presence (sponsor);

-- The sides a presence backs: each row names an actor or an organisation.
create table presence_support (
    presence     varchar(200) not null references military_presence (slug),
    ordinal      integer      not null,
    actor        varchar(200) references actor (slug),
    organisation varchar(200) references organisation (slug),
    primary key (presence, ordinal),
    check ((actor is null) <> (organisation is null))
);

create table relationship (
    slug                 varchar(200) primary key,
    kind                 varchar(40)  not null,
    status               varchar(20)  not null,
    subject_actor        varchar(200) references actor (slug),
    subject_organisation varchar(200) references organisation (slug),
    object_actor         varchar(200) references actor (slug),
    object_organisation  varchar(200) references organisation (slug),
    via                  varchar(200) references organisation (slug),
    place                varchar(200) references place (slug),
    description_en       varchar(2000) not null,
    description_ar       varchar(2000),
    start_iso            varchar(21),
    start_precision      varchar(5),
    start_earliest       date,
    start_latest         date,
    start_text           varchar(500),
    end_iso              varchar(21),
    end_precision        varchar(5),
    end_earliest         date,
    end_latest           date,
    end_text             varchar(500),
    document             varchar(200) not null references document (slug),
    check ((subject_actor is null) <> (subject_organisation is null))
);

-- A verbatim quote backing a claim; start and end are UTF-16 offsets into document.text.
create table evidence (
    id           bigint primary key,
    claim        varchar(260)  not null,
    document     varchar(200)  not null references document (slug),
    quote        varchar(4000) not null,
    start_offset integer       not null,
    end_offset   integer       not null,
    ordinal      integer       not null
);
create index evidence_claim on evidence (claim);

-- One row: the fingerprint of the seed set that the data above was imported from.
create table seed_import (
    id          integer primary key,
    fingerprint varchar(64) not null,
    imported_at timestamp   not null
);
