package io.smm.harness.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

import io.smm.harness.reference.StandInLanguageService;
import io.smm.harness.reference.StandInMerchantStoreService;

/**
 * The host's MVC plumbing: {@code messageSource} (UTF-8 bundle {@code bundles/shopizer}), a session
 * {@code localeResolver}, a {@code ?locale=} switch on every handler, and resolvers that turn {@code ?store=}
 * and {@code ?lang=} into {@code MerchantStore} and {@code Language} arguments of any controller.
 */
@Configuration(proxyBeanMethods = false)
public class StandInWebConfiguration implements WebMvcConfigurer {

    private final StandInMerchantStoreService stores;
    private final StandInLanguageService languages;

    public StandInWebConfiguration(StandInMerchantStoreService stores, StandInLanguageService languages) {
        this.stores = stores;
        this.languages = languages;
    }

    @Bean
    public MessageSource messageSource() {
        ReloadableResourceBundleMessageSource messageSource = new ReloadableResourceBundleMessageSource();
        messageSource.setBasenames("classpath:bundles/shopizer");
        messageSource.setDefaultEncoding("UTF-8");
        return messageSource;
    }

    @Bean
    public LocaleResolver localeResolver() {
        SessionLocaleResolver localeResolver = new SessionLocaleResolver();
        localeResolver.setDefaultLocale(Locale.ENGLISH);
        return localeResolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor localeChange = new LocaleChangeInterceptor();
        localeChange.setParamName("locale");
        registry.addInterceptor(localeChange);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new StoreArgumentResolver(stores));
        resolvers.add(new LanguageArgumentResolver(stores, languages));
    }
}
