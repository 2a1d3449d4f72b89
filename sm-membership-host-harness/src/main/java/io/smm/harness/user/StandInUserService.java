package io.smm.harness.user;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.stereotype.Service;

import com.salesmanager.core.model.user.User;

import io.smm.harness.core.TransactionalAspectAwareService;

/** Bean {@code userService}: administrators of table {@code USERS}. */
@Service("userService")
public class StandInUserService implements TransactionalAspectAwareService {

    @PersistenceContext
    private EntityManager entityManager;

    /** The administrator with this user name (e-mail by default), with its groups, or {@code null}. */
    public User getByUserName(String userName) {
        List<User> users = entityManager
                .createQuery("select distinct u from User u left join fetch u.groups where u.adminName = :name",
                        User.class)
                .setParameter("name", userName)
                .getResultList();
        return users.isEmpty() ? null : users.get(0);
    }

    public void create(User user) {
        entityManager.persist(user);
    }
}
