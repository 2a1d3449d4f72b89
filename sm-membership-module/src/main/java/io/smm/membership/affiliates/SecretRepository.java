package io.smm.membership.affiliates;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

@Repository("membershipSecretRepository")
interface SecretRepository extends JpaRepository<Secret, String> {
}
