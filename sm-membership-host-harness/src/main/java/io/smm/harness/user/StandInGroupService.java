package io.smm.harness.user;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.stereotype.Service;

import com.salesmanager.core.model.user.Group;
import com.salesmanager.core.model.user.Permission;

import io.smm.harness.core.TransactionalAspectAwareService;

/** Bean {@code groupService}: the global groups of table {@code SM_GROUP} and their permissions. */
@Service("groupService")
public class StandInGroupService implements TransactionalAspectAwareService {

    @PersistenceContext
    private EntityManager entityManager;

    /** The group with this (unique) name, or {@code null}. */
    public Group findByName(String groupName) {
        List<Group> groups = entityManager
                .createQuery("select g from Group g where g.groupName = :name", Group.class)
                .setParameter("name", groupName)
                .getResultList();
        return groups.isEmpty() ? null : groups.get(0);
    }

    /** Names of the permissions granted by the given groups, without duplicates. */
    public List<String> listPermissionNames(List<Integer> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select distinct p.permissionName from Group g join g.permissions p"
                + " where g.id in :ids", String.class)
                .setParameter("ids", groupIds)
                .getResultList();
    }

    public void create(Group group) {
        entityManager.persist(group);
    }

    public void create(Permission permission) {
        entityManager.persist(permission);
    }
}
