-- How often a stage of the video was retried: part of render.ready's derived id, so the outcome of a retry is a
-- new event (a second FAILED must reach webhooks that drop repeated ids), while a re-send after a crash is not.
alter table videos add column retries integer not null default 0;
