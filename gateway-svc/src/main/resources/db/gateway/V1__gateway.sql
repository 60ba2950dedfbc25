-- The gateway's own data, in its own schema of the shared database (status-svc owns the public schema).

-- Every video the gateway has taken in, however it came: what status-svc cannot know yet (a presigned upload
-- not yet made, an import still downloading, an upload whose first event is still on its way), and the
-- claim that makes POST /videos/{id}/uploaded announce a video once.
create table ingests (
    id           text primary key,
    source       text        not null check (source in ('upload', 'presigned', 'url')),
    state        text        not null check (state in ('AWAITING_UPLOAD', 'VERIFYING', 'IMPORTING', 'ACCEPTED',
                                                       'FAILED', 'DELETED')),
    filename     text,
    content_type text,
    import_url   text,
    object_key   text,
    bytes        bigint,
    error        text,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    expires_at   timestamptz
);
create index ingests_state_idx on ingests (state, updated_at);

create table webhooks (
    id         uuid primary key,
    url        text        not null,
    secret     text        not null,
    events     text        not null,
    created_at timestamptz not null default now()
);

-- One row per (webhook, event): the unique key makes a redelivered render.ready enqueue nothing new.
create table webhook_deliveries (
    id               uuid primary key,
    webhook_id       uuid        not null references webhooks (id) on delete cascade,
    event_id         uuid        not null,
    event_type       text        not null,
    video_id         text        not null,
    payload          text        not null,
    status           text        not null check (status in ('PENDING', 'IN_FLIGHT', 'SUCCEEDED', 'FAILED')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null default now(),
    lease_until      timestamptz,
    last_status_code integer,
    last_error       text,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    completed_at     timestamptz,
    unique (webhook_id, event_id)
);
create index webhook_deliveries_due_idx on webhook_deliveries (status, next_attempt_at);

-- Every attempt, as the receiver answered it (or why it could not).
create table webhook_attempts (
    id          bigint generated always as identity primary key,
    delivery_id uuid        not null references webhook_deliveries (id) on delete cascade,
    attempt     integer     not null,
    started_at  timestamptz not null,
    status_code integer,
    error       text,
    duration_ms bigint      not null
);
create index webhook_attempts_delivery_idx on webhook_attempts (delivery_id, attempt);
