package io.smm.harness.web;

/** Answer of the host's login and register endpoints: {@code {"id": ..., "token": ...}}. */
public class TokenResponse {

    private final Long id;
    private final String token;

    public TokenResponse(Long id, String token) {
        this.id = id;
        this.token = token;
    }

    public Long getId() {
        return id;
    }

    public String getToken() {
        return token;
    }
}
