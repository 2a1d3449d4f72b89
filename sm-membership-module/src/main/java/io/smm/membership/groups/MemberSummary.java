package io.smm.membership.groups;

import java.util.Locale;

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

    /** The name as the reader writes names: family name first and unspaced in Chinese, else "first last". */
    public String displayName(Locale locale) {
        String first = firstName == null ? "" : firstName.trim();
        String last = lastName == null ? "" : lastName.trim();
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        String name = chinese ? last + first : (first + " " + last).trim();
        return name.isEmpty() ? email : name;
    }
}
