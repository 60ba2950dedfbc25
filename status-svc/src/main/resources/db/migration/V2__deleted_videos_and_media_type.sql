-- A deleted video keeps its row as a tombstone (status DELETED, data columns cleared), so stage events
-- that arrive after the delete are recognised, their objects removed, and no render.ready is sent.
alter table videos drop constraint if exists videos_status_check;
alter table videos add constraint videos_status_check
    check (status in ('PROCESSING', 'READY', 'FAILED', 'DELETED'));
alter table videos add column deleted_at timestamptz;

-- The public list filters by media type (S2's media-type), case-insensitively.
create index videos_content_type_idx on videos (lower(content_type));
