package io.smm.membership.identity;

/**
 * The admin user behind the current owner request (admin JWT on the host's private API, or the admin pages'
 * form login). Refuses, as 403, users without an administrator role.
 */
public interface CurrentOwner {

    Owner get();
}
