package io.framewise.transcode.service;

import io.framewise.events.RenditionsCreated;
import io.framewise.events.StoryboardCreated;

/** Where a job's results go as soon as each is stored: the storyboard can be announced before HLS is cut. */
public interface Outcomes {

    void storyboard(StoryboardCreated created);

    void renditions(RenditionsCreated created);
}
