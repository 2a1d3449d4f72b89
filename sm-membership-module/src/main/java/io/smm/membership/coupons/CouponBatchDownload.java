package io.smm.membership.coupons;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/** Sends a batch's codes as a CSV download, for the owner's JSON and pages alike. */
public final class CouponBatchDownload {

    private CouponBatchDownload() {
    }

    /** Streams the file; an unknown batch fails with 404 before any header is set. */
    public static void send(CouponBatches batches, String storeCode, long batchId, HttpServletResponse response)
            throws IOException {
        batches.get(storeCode, batchId);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"coupon-batch-" + batchId + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        batches.writeCodes(storeCode, batchId, out);
        out.flush();
    }
}
