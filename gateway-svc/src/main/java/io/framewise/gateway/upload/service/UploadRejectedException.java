package io.framewise.gateway.upload.service;

/** An upload the gateway refuses; {@link #code()} is the stable API error code. */
public abstract sealed class UploadRejectedException extends RuntimeException {

    private final String code;
    private final int httpStatus;

    protected UploadRejectedException(String code, int httpStatus, String message) {
        super(message);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** More bytes than the configured limit. */
    public static final class TooLarge extends UploadRejectedException {
        public TooLarge(long maxBytes) {
            super("PayloadTooLarge", 413, "the upload is larger than the limit of " + maxBytes + " bytes");
        }
    }

    /** No bytes at all. */
    public static final class Empty extends UploadRejectedException {
        public Empty() {
            super("EmptyUpload", 400, "the upload is empty: send the video file as the request body or as the "
                    + "multipart part named 'file'");
        }
    }

    /** {@code /uploaded} was called before anything was PUT to the presigned URL. */
    public static final class NotUploaded extends UploadRejectedException {
        public NotUploaded(String videoId) {
            super("UploadMissing", 409, "nothing has been uploaded for video " + videoId + " yet: PUT the file to "
                    + "the presigned URL first, then call POST /videos/" + videoId + "/uploaded");
        }
    }

    /** The presigned URL expired and nothing was uploaded with it. */
    public static final class Expired extends UploadRejectedException {
        public Expired(String videoId) {
            super("UploadExpired", 410, "the upload URL for video " + videoId + " has expired and nothing was "
                    + "uploaded: ask for a new one with POST /videos/uploads");
        }
    }

    /** Another {@code /uploaded} call for the same video is checking it right now. */
    public static final class InProgress extends UploadRejectedException {
        public InProgress(String videoId) {
            super("UploadInProgress", 409, "video " + videoId + " is being checked by another request; ask "
                    + "GET /videos/" + videoId + " in a moment");
        }
    }

    /** {@code /uploaded} for a video that did not come with a presigned URL. */
    public static final class NotPresigned extends UploadRejectedException {
        public NotPresigned(String videoId) {
            super("NotPresignedUpload", 409, "video " + videoId + " was not created with POST /videos/uploads, "
                    + "so there is nothing to confirm");
        }
    }

    /** A Content-Type that is not a media type. */
    public static final class BadContentType extends UploadRejectedException {
        public BadContentType(String contentType) {
            super("InvalidContentType", 400, "'" + contentType + "' is not a media type such as video/mp4");
        }
    }

    /** A presigned upload asked for without its size: the URL is signed for exactly that many bytes. */
    public static final class SizeRequired extends UploadRejectedException {
        public SizeRequired() {
            super("LengthRequired", 411, "send the file's size in bytes as \"size\": the upload URL is signed for "
                    + "exactly that many bytes");
        }
    }

    /** The stored object is not the size the upload URL was asked for. */
    public static final class SizeMismatch extends UploadRejectedException {
        public SizeMismatch(long declared, long stored) {
            super("UploadSizeMismatch", 400, "the upload holds " + stored + " bytes, not the " + declared
                    + " bytes its URL was asked for; it was deleted");
        }
    }

    /** The object changed while it was being checked (uploaded again to a URL still valid). */
    public static final class Changed extends UploadRejectedException {
        public Changed(String videoId) {
            super("UploadChanged", 409, "the upload of video " + videoId + " changed while it was being checked; "
                    + "confirm again");
        }
    }

    /** Too many imports waiting already. */
    public static final class ImportsBusy extends UploadRejectedException {
        public ImportsBusy() {
            super("ImportQueueFull", 503, "too many imports are waiting; try again in a minute");
        }
    }
}
