package io.smm.harness.customer;

import java.security.Principal;

import org.apache.commons.lang3.StringUtils;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.salesmanager.core.model.customer.Customer;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.shop.model.customer.PersistableCustomer;
import com.salesmanager.shop.model.customer.ReadableCustomer;
import com.salesmanager.shop.model.customer.address.Address;

import io.smm.harness.security.JwtPrincipal;
import io.smm.harness.security.LoginResponses;
import io.smm.harness.security.StandInJwtTokenUtil;
import io.smm.harness.web.ErrorBody;
import io.smm.harness.web.LoginRequest;
import io.smm.harness.web.TokenResponse;
import io.smm.harness.web.UnknownResourceException;

/**
 * The host's customer endpoints ({@code AuthenticateCustomerApi}, {@code CustomerApi}): self-registration
 * (which, like the host, requires {@code billing.country}), login, and the authenticated profile.
 */
@RestController
@RequestMapping("/api/v1")
class CustomerApiController {

    private final StandInCustomerService customerService;
    private final StandInCustomerFacade customerFacade;
    private final AuthenticationManager customerAuthentication;
    private final StandInJwtTokenUtil tokens;

    CustomerApiController(StandInCustomerService customerService, StandInCustomerFacade customerFacade,
            @Qualifier("jwtCustomerAuthenticationManager") AuthenticationManager customerAuthentication,
            StandInJwtTokenUtil tokens) {
        this.customerService = customerService;
        this.customerFacade = customerFacade;
        this.customerAuthentication = customerAuthentication;
        this.tokens = tokens;
    }

    @PostMapping("/customer/register")
    public ResponseEntity<?> register(@RequestBody PersistableCustomer request, MerchantStore store) {
        String userName = request.getEmailAddress();
        if (customerService.getByNick(userName, store.getId()) != null) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(new ErrorBody("409",
                    "Customer with email [" + userName + "] is already registered"));
        }
        Address billing = request.getBilling();
        if (billing == null || StringUtils.isBlank(billing.getCountry())) {
            throw new IllegalArgumentException("Requires customer Country code");
        }
        customerFacade.registerCustomer(request, store, store.getDefaultLanguage());
        return authenticated(userName, request.getPassword());
    }

    @PostMapping("/customer/login")
    public ResponseEntity<?> login(@RequestBody LoginRequest request) {
        return authenticated(request.getUsername(), request.getPassword());
    }

    @GetMapping("/auth/customer/profile")
    public ReadableCustomer profile(Principal principal) {
        Customer customer = customerService.getByNick(principal.getName());
        if (customer == null) {
            throw new UnknownResourceException("No customer found for [" + principal.getName() + "]");
        }
        return CustomerViews.toReadable(customer);
    }

    private ResponseEntity<?> authenticated(String userName, String password) {
        Authentication authentication;
        try {
            authentication = customerAuthentication.authenticate(
                    new UsernamePasswordAuthenticationToken(userName, password));
        } catch (AuthenticationException e) {
            return LoginResponses.refused(e);
        }
        SecurityContextHolder.getContext().setAuthentication(authentication);
        JwtPrincipal principal = (JwtPrincipal) authentication.getPrincipal();
        return ResponseEntity.ok(new TokenResponse(principal.getId(), tokens.generateToken(principal)));
    }
}
