-- One row per video: its lifecycle and what each stage reported.
create table videos (
    id               text primary key,
    status           text        not null default 'PROCESSING' check (status in ('PROCESSING', 'READY', 'FAILED')),
    filename         text,
    content_type     text,
    bytes            bigint,
    source_bucket    text,
    source_key       text,
    upload_source    text,
    probe            text,
    expected_stages  text,
    gif              text,
    webp             text,
    captures_expected integer,
    failed_stage     text,
    error            text,
    metadata_key     text,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    ready_at         timestamptz
);
create index videos_status_idx on videos (status, updated_at);
create index videos_filename_idx on videos (filename text_pattern_ops);

-- One row per capture; labels arrive later, and may arrive before the capture event itself.
create table captures (
    video_id   text    not null references videos (id) on delete cascade,
    idx        integer not null,
    time_ms    bigint  not null,
    key        text,
    width      integer,
    height     integer,
    labels     text,
    faces      text,
    labeled_at timestamptz,
    primary key (video_id, idx)
);

-- Every event applied, so a redelivery changes nothing.
create table processed_events (
    event_id   uuid primary key,
    video_id   text        not null,
    topic      text        not null,
    applied_at timestamptz not null default now()
);

-- The merged labels of a finished video (allLabels), for search by label.
create table video_labels (
    video_id   text             not null references videos (id) on delete cascade,
    name       text             not null,
    confidence double precision not null,
    primary key (video_id, name)
);
create index video_labels_name_idx on video_labels (lower(name));
