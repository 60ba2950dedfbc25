package io.framewise.gateway.service;

/** An upload the gateway refuses before anything is stored; {@link #code()} is the stable API error code. */
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
}
