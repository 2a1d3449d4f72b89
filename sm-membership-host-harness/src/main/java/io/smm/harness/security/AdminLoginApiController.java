package io.smm.harness.security;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.smm.harness.web.LoginRequest;
import io.smm.harness.web.TokenResponse;

/**
 * {@code POST /api/v1/private/login} as the host's {@code AuthenticateUserApi}: 200 {@code {id, token}},
 * 401 {@code {"message":"Bad credentials"}} for a wrong password or an unknown user. The authentication is also put in the
 * security context, which the admin chain then stores in the HTTP session (host behaviour).
 */
@RestController
@RequestMapping("/api/v1")
class AdminLoginApiController {

    private final AuthenticationManager adminAuthentication;
    private final AdminJwtDetailsService admins;
    private final StandInJwtTokenUtil tokens;

    AdminLoginApiController(@Qualifier("jwtAdminAuthenticationManager") AuthenticationManager adminAuthentication,
            AdminJwtDetailsService admins, StandInJwtTokenUtil tokens) {
        this.adminAuthentication = adminAuthentication;
        this.admins = admins;
        this.tokens = tokens;
    }

    @PostMapping("/private/login")
    public ResponseEntity<?> login(@RequestBody LoginRequest request) {
        Authentication authentication;
        try {
            authentication = adminAuthentication.authenticate(
                    new UsernamePasswordAuthenticationToken(request.getUsername(), request.getPassword()));
        } catch (AuthenticationException e) {
            return LoginResponses.refused(e);
        }
        SecurityContextHolder.getContext().setAuthentication(authentication);
        JwtPrincipal admin = (JwtPrincipal) admins.loadUserByUsername(request.getUsername());
        return ResponseEntity.ok(new TokenResponse(admin.getId(), tokens.generateToken(admin)));
    }
}
