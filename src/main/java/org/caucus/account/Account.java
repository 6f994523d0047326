package org.caucus.account;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A person who signs in. The password is kept only as a bcrypt hash. */
@Entity
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String passwordHash;

    private boolean administrator;

    /** Set while the password is one somebody else chose or saw: the first start's, or the administrator's. */
    private boolean mustChangePassword;

    private Instant createdAt;

    protected Account() {}

    Account(String username, String passwordHash, boolean administrator, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.administrator = administrator;
        this.mustChangePassword = true;
        this.createdAt = createdAt;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isAdministrator() {
        return administrator;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }
}
