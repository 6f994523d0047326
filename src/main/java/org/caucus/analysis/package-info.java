/** Read models that compare coded positions: who stands where. Aggregation happens in the database. */
package org.caucus.analysis;
