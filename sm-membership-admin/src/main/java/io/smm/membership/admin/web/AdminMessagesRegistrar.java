package io.smm.membership.admin.web;

import java.util.Set;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.support.AbstractResourceBasedMessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Adds our page texts and the module's error texts to the host's {@code messageSource}
 * (docs/host-seams.md#message-source), before it is first used, so that Thymeleaf's {@code #{...}} finds both. The
 * host's bean is kept, not replaced: its own keys resolve as before. Our files are UTF-8, as the host's message source
 * reads them.
 */
final class AdminMessagesRegistrar implements BeanPostProcessor {

    static final String HOST_MESSAGE_SOURCE = "messageSource";
    static final String[] BASENAMES = { "membership/i18n/admin", "membership/i18n/messages" };

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (HOST_MESSAGE_SOURCE.equals(beanName) && bean instanceof AbstractResourceBasedMessageSource) {
            AbstractResourceBasedMessageSource messages = (AbstractResourceBasedMessageSource) bean;
            // a ResourceBundleMessageSource takes class-path bundle names, the reloadable one resource locations
            String prefix = bean instanceof ResourceBundleMessageSource ? "" : "classpath:";
            Set<String> present = messages.getBasenameSet();
            for (String basename : BASENAMES) {
                if (!present.contains(prefix + basename)) {
                    messages.addBasenames(prefix + basename);
                }
            }
        }
        return bean;
    }
}
