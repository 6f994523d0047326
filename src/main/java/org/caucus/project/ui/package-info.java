/**
 * The project pages: the projects one belongs to, their members and coding settings. The project open in a session,
 * the news that projects changed, and the work a page hands to the application's pool are shared with every page and
 * the frame.
 */
@NamedInterface("workspace")
package org.caucus.project.ui;

import org.springframework.modulith.NamedInterface;
