-- The people gallery: known people whose faces label-svc recognises. The photos live in the source bucket at
-- people/{id}/{index:02d}.jpg (StorageKeys.personPhoto); the gallery itself travels on the compacted Kafka topic
-- "people", which label-svc reads. This table is the gateway's record of who is enrolled, for GET and DELETE.
create table people (
    id         text primary key,
    name       text        not null,
    photos     integer     not null check (photos > 0),
    created_at timestamptz not null default now()
);
create index people_created_idx on people (created_at, id);
