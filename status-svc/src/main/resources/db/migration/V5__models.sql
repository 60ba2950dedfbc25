-- Provenance: which models and tools made each stage's result ({name, version, sha256} lists as JSON).
-- On the video: a map of stage name to its list (preview, captures, storyboard, transcode, transcribe);
-- on each capture: what labelled it (labels may be made by several models at once).
alter table videos add column models text;
alter table captures add column models text;
