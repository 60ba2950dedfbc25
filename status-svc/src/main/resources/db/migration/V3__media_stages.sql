-- What the storyboard, transcode and transcribe stages reported (their events as JSON, like gif and webp).
alter table videos add column storyboard text;
alter table videos add column renditions text;
alter table videos add column transcript text;
alter table videos add column people_key text;

-- The transcript's words, searchable by full-text query (GET /videos?q=). A table of its own keeps the
-- (possibly long) text and its index out of the hot videos row that every stage event locks.
create table video_transcripts (
    video_id text primary key references videos (id) on delete cascade,
    language text not null,
    body     text not null,
    search   tsvector generated always as (to_tsvector('english', body)) stored
);
create index video_transcripts_search_idx on video_transcripts using gin (search);

-- The known people seen in a finished video, for search by person (GET /videos?person=).
create table video_people (
    video_id    text    not null references videos (id) on delete cascade,
    person_id   text    not null,
    name        text    not null,
    appearances integer not null,
    first_ms    bigint  not null,
    primary key (video_id, person_id)
);
create index video_people_name_idx on video_people (lower(name));
