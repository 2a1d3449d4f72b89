package io.smm.membership.coupons;

import java.io.IOException;
import java.io.Writer;

import javax.servlet.http.HttpServletResponse;

import io.smm.membership.web.SpreadsheetCsv;


/** Sends a batch's codes as a CSV download, for the owner's JSON and pages alike. */
public final class CouponBatchDownload {

    private CouponBatchDownload() {
    }

    /** Streams the file; an unknown batch fails with 404 before any header is set. */
    public static void send(CouponBatchService batches, String storeCode, long batchId, HttpServletResponse response)
            throws IOException {
        batches.get(storeCode, batchId);
        Writer out = SpreadsheetCsv.download(response, "coupon-batch-" + batchId);
        batches.writeCodes(storeCode, batchId, out);
        out.flush();
    }
}
