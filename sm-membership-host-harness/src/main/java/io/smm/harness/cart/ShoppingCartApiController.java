package io.smm.harness.cart;

import java.util.ArrayList;

import javax.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.order.OrderSummary;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.core.model.shoppingcart.ShoppingCart;
import com.salesmanager.shop.model.order.ReadableOrderTotalSummary;

import io.smm.harness.order.OrderTotalViews;
import io.smm.harness.order.StandInOrderService;
import io.smm.harness.web.UnknownResourceException;

/**
 * The host's public cart endpoints ({@code ShoppingCartApi}) and the cart total of {@code OrderTotalApi}:
 * add creates a cart (201), modify and promo answer 201, unknown carts 404.
 */
@RestController
@RequestMapping("/api/v1")
class ShoppingCartApiController {

    private final StandInShoppingCartFacade shoppingCartFacade;
    private final StandInOrderService orderService;
    private final OrderTotalViews totalViews;

    ShoppingCartApiController(StandInShoppingCartFacade shoppingCartFacade, StandInOrderService orderService,
            OrderTotalViews totalViews) {
        this.shoppingCartFacade = shoppingCartFacade;
        this.orderService = orderService;
        this.totalViews = totalViews;
    }

    @PostMapping("/cart")
    @ResponseStatus(HttpStatus.CREATED)
    public CartView addToCart(@RequestBody CartItemRequest item, MerchantStore store, Language language)
            throws ServiceException {
        return shoppingCartFacade.addToCart(item, store, language);
    }

    @PutMapping("/cart/{code}")
    public ResponseEntity<CartView> modifyCart(@PathVariable String code, @RequestBody CartItemRequest item,
            MerchantStore store, Language language) throws ServiceException {
        return created(shoppingCartFacade.modifyCart(code, item, store, language));
    }

    @PostMapping("/cart/{code}/promo/{promo}")
    public ResponseEntity<CartView> addPromo(@PathVariable String code, @PathVariable String promo,
            MerchantStore store, Language language) throws ServiceException {
        return created(shoppingCartFacade.modifyCart(code, promo, store, language));
    }

    @GetMapping("/cart/{code}")
    public CartView getByCode(@PathVariable String code, MerchantStore store, Language language)
            throws ServiceException {
        CartView cart = shoppingCartFacade.getByCode(code, store, language);
        if (cart == null) {
            throw new UnknownResourceException("No ShoppingCart found for customer code : " + code);
        }
        return cart;
    }

    @GetMapping("/cart/{code}/total")
    public ReadableOrderTotalSummary total(@PathVariable String code, MerchantStore store, Language language,
            HttpServletResponse response) throws Exception {
        ShoppingCart cart = shoppingCartFacade.getShoppingCartModel(code, store);
        if (cart == null) {
            response.sendError(404, "Cart code " + code + " does not exist");
            return null;
        }
        OrderSummary summary = new OrderSummary();
        summary.setProducts(new ArrayList<>(cart.getLineItems()));
        return totalViews.toReadable(orderService.caculateOrderTotal(summary, store, language), store);
    }

    private static ResponseEntity<CartView> created(CartView cart) {
        return cart == null ? new ResponseEntity<>(HttpStatus.NOT_FOUND) : new ResponseEntity<>(cart,
                HttpStatus.CREATED);
    }
}
