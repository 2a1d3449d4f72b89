package io.smm.membership.segments;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.smm.membership.catalog.CatalogLookupService;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberDirectory;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.settings.MembershipProperties;

/** Saved segments: their service, repository on the host's entity manager, and the owner's JSON. */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = SegmentsConfiguration.class,
        entityManagerFactoryRef = "entityManagerFactory", transactionManagerRef = "transactionManager")
public class SegmentsConfiguration {

    @Bean
    SegmentService membershipSegmentService(SegmentRepository segments, GroupService groups,
            MemberDirectory directory, CatalogLookupService catalog, MembershipProperties properties,
            @Qualifier("membershipClock") Clock clock) {
        // the filter's own JSON, dates as ISO text: not the host's mapper, whose settings the host may change
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return new SegmentService(segments, groups, directory, catalog, json, clock, properties.storeTimeZone());
    }

    @Bean
    SegmentApiController membershipSegmentApiController(CurrentOwner owner, SegmentService segments) {
        return new SegmentApiController(owner, segments);
    }
}
