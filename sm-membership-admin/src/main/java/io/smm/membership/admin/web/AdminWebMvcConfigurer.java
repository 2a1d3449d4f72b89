package io.smm.membership.admin.web;

import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The language switch for our paths only, and the pages' style sheet and script. */
final class AdminWebMvcConfigurer implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AdminLanguages()).addPathPatterns("/membership/**");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(AdminPaths.ASSETS + "/**")
                .addResourceLocations("classpath:/membership/admin/assets/");
    }
}
