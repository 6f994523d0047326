package org.caucus.account;

import java.time.Instant;

/** An account as the Accounts page lists it: never its password. */
public record AccountRow(String username, boolean administrator, boolean mustChangePassword, Instant createdAt) {}
