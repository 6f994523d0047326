/**
 * Discourse networks: who agrees with whom (congruence), who conflicts with whom, and who takes
 * which position (affiliation), between participants or between organisations, with their GraphML
 * and CSV exports. Ties are computed from the distinct stances a group-by returns from the
 * database, never from the coded passages one by one.
 */
package org.caucus.network;
