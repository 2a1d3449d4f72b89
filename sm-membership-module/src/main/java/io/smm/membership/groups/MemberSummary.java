package io.smm.membership.groups;

/** What the host knows of a customer that membership pages show: id, login, e-mail and name. */
public final class MemberSummary {

    private final long customerId;
    private final String nick;
    private final String email;
    private final String firstName;
    private final String lastName;

    public MemberSummary(long customerId, String nick, String email, String firstName, String lastName) {
        this.customerId = customerId;
        this.nick = nick;
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getNick() {
        return nick;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    /** The name as its own script writes it ({@link FullNameRule}), whatever the page's language; else the e-mail. */
    public String getDisplayName() {
        String name = FullNameRule.compose(firstName, lastName);
        return name == null ? email : name;
    }
}
