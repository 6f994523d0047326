/**
 * Full-text search over a project's messages (Hibernate Search: embedded Lucene by default, or
 * Elasticsearch/OpenSearch by configuration), shown as keyword-in-context lines, and coding many
 * hits at once.
 */
package org.caucus.search;
