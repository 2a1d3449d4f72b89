package io.smm.harness.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import com.salesmanager.core.model.reference.language.Language;

import io.smm.harness.reference.StandInLanguageService;
import io.smm.harness.reference.StandInMerchantStoreService;

/** Resolves a {@link Language} argument from {@code ?lang=}, else the store's default language. */
class LanguageArgumentResolver implements HandlerMethodArgumentResolver {

    private final StandInMerchantStoreService stores;
    private final StandInLanguageService languages;

    LanguageArgumentResolver(StandInMerchantStoreService stores, StandInLanguageService languages) {
        this.stores = stores;
        this.languages = languages;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Language.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        String code = webRequest.getParameter("lang");
        Language language = code == null || code.isBlank() ? null : languages.getByCode(code);
        return language != null ? language : StoreArgumentResolver.storeOf(webRequest, stores).getDefaultLanguage();
    }
}
