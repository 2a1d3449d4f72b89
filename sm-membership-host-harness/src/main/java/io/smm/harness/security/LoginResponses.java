package io.smm.harness.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;

/** The host's answers to a refused login: 401 with a message for bad credentials, otherwise 404. */
public final class LoginResponses {

    private LoginResponses() {
    }

    public static ResponseEntity<?> refused(AuthenticationException failure) {
        if (failure instanceof BadCredentialsException) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_JSON)
                    .body("{\"message\":\"Bad credentials\"}");
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
}
