package io.smm.membership.host.web;

import java.io.IOException;

import javax.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smm.membership.web.Problem;

/** Writes our problem+json answer in place of one the host was about to give, from a servlet filter. */
public final class ProblemWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemWriter() {
    }

    public static void write(HttpServletResponse response, ResponseEntity<Problem> problem) throws IOException {
        response.resetBuffer();
        response.setStatus(problem.getStatusCodeValue());
        response.setContentType(String.valueOf(problem.getHeaders().getContentType()));
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem.getBody());
    }
}
