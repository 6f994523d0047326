/**
 * Accounts: who may sign in, their bcrypt-hashed passwords, the administrator created on the first
 * start, and who is signed in now ({@link org.caucus.account.CurrentAnalyst}).
 */
package org.caucus.account;
