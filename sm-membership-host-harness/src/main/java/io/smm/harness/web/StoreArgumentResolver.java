package io.smm.harness.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import com.salesmanager.core.model.merchant.MerchantStore;

import io.smm.harness.reference.StandInMerchantStoreService;

/** Resolves a {@link MerchantStore} argument from {@code ?store=} (default {@code DEFAULT}); unknown is 404. */
class StoreArgumentResolver implements HandlerMethodArgumentResolver {

    private final StandInMerchantStoreService stores;

    StoreArgumentResolver(StandInMerchantStoreService stores) {
        this.stores = stores;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return MerchantStore.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return storeOf(webRequest, stores);
    }

    static MerchantStore storeOf(NativeWebRequest request, StandInMerchantStoreService stores) {
        String code = request.getParameter("store");
        String storeCode = code == null || code.isBlank() ? MerchantStore.DEFAULT_STORE : code;
        MerchantStore store = stores.getByCode(storeCode);
        if (store == null) {
            throw new UnknownResourceException("Merchant store [" + storeCode + "] not found");
        }
        return store;
    }
}
