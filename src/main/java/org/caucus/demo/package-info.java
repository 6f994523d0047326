/** The Demo project loaded into an empty database on first start, so that every page shows something. */
package org.caucus.demo;
