/** Coded passages: a character range of a message tagged with a position, a qualifier and its speaker. */
package org.caucus.coding;
