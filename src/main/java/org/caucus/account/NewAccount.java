package org.caucus.account;

/** An account just created and the one-time password to hand to its owner, who must change it at first sign-in. */
public record NewAccount(String username, String initialPassword) {}
