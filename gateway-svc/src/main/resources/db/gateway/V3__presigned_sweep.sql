-- When the sweeper removed what a presigned upload URL may have left in the bucket after it expired (an upload never
-- confirmed, or a second PUT after the confirmation): each expired ticket is swept once.
alter table ingests add column swept_at timestamptz;
create index ingests_unswept_idx on ingests (expires_at) where swept_at is null and source = 'presigned';
