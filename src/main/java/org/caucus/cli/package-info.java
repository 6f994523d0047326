/**
 * The command line of the same jar ({@code java -jar caucus.jar import|blocks ...}) for batch work and
 * scripts. Commands run the application's services without the web server.
 */
package org.caucus.cli;
