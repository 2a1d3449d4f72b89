package io.smm.membership.points;

/** What a CSV grant did: its upload id, its rows, the rows granted now and those a previous upload granted. */
public final class PointsGrantResult {

    private final String uploadId;
    private final int rows;
    private final int granted;
    private final int alreadyGranted;
    private final long points;

    PointsGrantResult(String uploadId, int rows, int granted, int alreadyGranted, long points) {
        this.uploadId = uploadId;
        this.rows = rows;
        this.granted = granted;
        this.alreadyGranted = alreadyGranted;
        this.points = points;
    }

    public String getUploadId() {
        return uploadId;
    }

    public int getRows() {
        return rows;
    }

    public int getGranted() {
        return granted;
    }

    public int getAlreadyGranted() {
        return alreadyGranted;
    }

    /** The points granted now. */
    public long getPoints() {
        return points;
    }
}
