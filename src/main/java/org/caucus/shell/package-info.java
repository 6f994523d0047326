/** The frame around every view: layout, navigation and the project in use. */
package org.caucus.shell;
