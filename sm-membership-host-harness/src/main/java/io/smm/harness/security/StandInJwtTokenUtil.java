package io.smm.harness.security;

import java.util.Date;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;

/**
 * Bean {@code JWTTokenUtil}: the host's tokens, jjwt 0.8.0, HS512 signed with {@code jwt.secret}, claims
 * {@code sub} (nick or user name), {@code aud}={@value #AUDIENCE}, {@code iat}, {@code exp}. Admin and
 * customer tokens look alike.
 */
@Component("JWTTokenUtil")
public class StandInJwtTokenUtil {

    static final String AUDIENCE = "api";

    private final String secret;
    private final long expirationSeconds;

    public StandInJwtTokenUtil(@Value("${jwt.secret}") String secret,
            @Value("${jwt.expiration}") long expirationSeconds) {
        this.secret = secret;
        this.expirationSeconds = expirationSeconds;
    }

    public String generateToken(UserDetails userDetails) {
        Date issuedAt = new Date();
        return Jwts.builder()
                .setSubject(userDetails.getUsername())
                .setAudience(AUDIENCE)
                .setIssuedAt(issuedAt)
                .setExpiration(new Date(issuedAt.getTime() + expirationSeconds * 1000))
                .signWith(SignatureAlgorithm.HS512, secret)
                .compact();
    }

    /**
     * The token's subject.
     *
     * @throws io.jsonwebtoken.JwtException if the signature is wrong or the token expired or malformed
     */
    public String getUsernameFromToken(String token) {
        return claims(token).getSubject();
    }

    public Boolean validateToken(String token, UserDetails userDetails) {
        Claims claims = claims(token);
        return claims.getSubject().equals(userDetails.getUsername()) && claims.getExpiration().after(new Date());
    }

    private Claims claims(String token) {
        return Jwts.parser().setSigningKey(secret).parseClaimsJws(token).getBody();
    }
}
