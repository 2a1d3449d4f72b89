package io.smm.membership.commissions;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import io.smm.membership.affiliates.AffiliateDirectory;
import io.smm.membership.affiliates.AffiliateProperties;
import io.smm.membership.affiliates.AttributionSource;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.jobs.JobLeaseTaker;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.settings.MembershipProperties;

/** Affiliate commissions: the ledger, the checkout participant, the daily approval and the owner's JSON. */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = CommissionsConfiguration.class,
        entityManagerFactoryRef = "entityManagerFactory", transactionManagerRef = "transactionManager")
public class CommissionsConfiguration {

    @Bean
    CommissionLedger membershipCommissionLedger(CommissionRepository commissions, CommissionEntryRepository entries,
            MoneyRule money, @Qualifier("membershipClock") Clock clock) {
        return new CommissionLedger(commissions, entries, new CommissionRule(money), clock);
    }

    @Bean
    CommissionParticipant membershipCommissionParticipant(AffiliateDirectory affiliates, AttributionSource clicks,
            CommissionLedger ledger, MoneyRule money, @Qualifier("membershipClock") Clock clock) {
        return new CommissionParticipant(affiliates, clicks, ledger, new CommissionRule(money), clock);
    }

    @Bean
    CommissionApproval membershipCommissionApproval(CommissionLedger ledger, JobLeaseTaker leases,
            @Qualifier("membershipClock") Clock clock, AffiliateProperties affiliates) {
        return new CommissionApproval(ledger, leases, clock, affiliates.getApprovalBatchSize());
    }

    @Bean
    CommissionApprovalSchedule membershipCommissionApprovalSchedule(CommissionApproval approval,
            AffiliateProperties affiliates, MembershipProperties properties) {
        return new CommissionApprovalSchedule(approval, affiliates.getApprovalTime(), properties.storeTimeZone());
    }

    @Bean
    CommissionOwnerApiController membershipCommissionOwnerApiController(CurrentOwner owner,
            CommissionApproval approval) {
        return new CommissionOwnerApiController(owner, approval);
    }
}
