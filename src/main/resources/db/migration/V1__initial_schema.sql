-- MicroCred initial schema. Rules enforced in code are backed here by constraints.

create table admin_setting (
    name  text primary key,
    value text not null
);

create table issuer (
    id                     uuid primary key,
    name                   text not null check (length(name) between 1 and 200),
    url                    text not null,
    email                  text,
    description            text,
    image                  text,
    renewal_required_hours numeric(7, 2) not null default 90 check (renewal_required_hours > 0),
    renewal_cycle_years    integer not null default 4 check (renewal_cycle_years between 1 and 20),
    created_at             timestamptz not null,
    updated_at             timestamptz not null
);

create table api_key (
    id         uuid primary key,
    issuer_id  uuid not null references issuer (id),
    label      text,
    key_prefix text not null,
    key_hash   text not null unique,
    created_at timestamptz not null,
    revoked_at timestamptz
);
create index api_key_issuer_idx on api_key (issuer_id);

create table signing_key (
    id                    uuid primary key,
    issuer_id             uuid not null references issuer (id),
    algorithm             text not null check (algorithm in ('RS256')),
    public_key_pem        text not null,
    private_key_encrypted bytea not null,
    created_at            timestamptz not null,
    retired_at            timestamptz
);
create index signing_key_issuer_idx on signing_key (issuer_id);

create table badge_class (
    id                 uuid primary key,
    issuer_id          uuid not null references issuer (id),
    name               text not null check (length(name) between 1 and 200),
    description        text not null,
    image              text not null,
    criteria_url       text,
    criteria_narrative text,
    alignments         jsonb not null default '[]',
    tags               jsonb not null default '[]',
    contact_hours      numeric(7, 2) not null default 0 check (contact_hours >= 0),
    evidence_required  boolean not null default false,
    validity_period    text,
    allow_duplicates   boolean not null default false,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    check (criteria_url is not null or criteria_narrative is not null)
);
create index badge_class_issuer_idx on badge_class (issuer_id, created_at);

create table assertion (
    id                 uuid primary key,
    badge_class_id     uuid not null references badge_class (id),
    issuer_id          uuid not null references issuer (id),
    recipient_type     text not null check (recipient_type in ('email', 'url', 'telephone')),
    recipient_identity text not null,
    recipient_salt     text not null,
    recipient_hash     text not null,
    evidence           jsonb not null default '[]',
    narrative          text,
    issued_on          timestamptz not null,
    expires            timestamptz,
    contact_hours      numeric(7, 2) not null check (contact_hours >= 0),
    delivery           text not null check (delivery in ('signed', 'hosted')),
    document           text not null,
    jws                text,
    signing_key_id     uuid references signing_key (id),
    exclusive_award    boolean not null,
    awarded_by_stack   uuid,
    revoked_at         timestamptz,
    revocation_reason  text,
    created_at         timestamptz not null,
    check (expires is null or expires > issued_on),
    check ((delivery = 'signed') = (jws is not null and signing_key_id is not null)),
    check ((revoked_at is null) = (revocation_reason is null))
);
create index assertion_recipient_idx on assertion (recipient_type, recipient_identity, issuer_id, issued_on);
create index assertion_badge_class_idx on assertion (badge_class_id, created_at);
create index assertion_issuer_created_idx on assertion (issuer_id, created_at);
create index assertion_revoked_idx on assertion (issuer_id) where revoked_at is not null;
-- A badge class that forbids holding it twice: at most one live award per recipient.
create unique index assertion_exclusive_award_idx
    on assertion (badge_class_id, recipient_type, recipient_identity)
    where exclusive_award and revoked_at is null;

create table idempotency_record (
    issuer_id       uuid not null references issuer (id),
    idempotency_key text not null,
    request_hash    text not null,
    assertion_ids   jsonb not null,
    created_at      timestamptz not null,
    primary key (issuer_id, idempotency_key)
);

create table stack (
    id                        uuid primary key,
    issuer_id                 uuid not null references issuer (id),
    name                      text not null check (length(name) between 1 and 200),
    description               text,
    required_count            integer not null check (required_count >= 1),
    completion_badge_class_id uuid references badge_class (id),
    created_at                timestamptz not null
);
create index stack_issuer_idx on stack (issuer_id);

create table stack_member (
    stack_id       uuid not null references stack (id),
    badge_class_id uuid not null references badge_class (id),
    position       integer not null,
    primary key (stack_id, badge_class_id)
);
create index stack_member_badge_class_idx on stack_member (badge_class_id);

-- One row per recipient who completed a stack: the completion badge is issued exactly once.
create table stack_completion (
    stack_id                uuid not null references stack (id),
    recipient_type          text not null,
    recipient_identity      text not null,
    completed_on            timestamptz not null,
    completion_assertion_id uuid references assertion (id),
    primary key (stack_id, recipient_type, recipient_identity)
);
