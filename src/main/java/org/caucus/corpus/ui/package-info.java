/**
 * The corpus pages: import, the message list and the thread tree. The message filters and their
 * address form are shared with the search page, and the download of a message as it was read with the reader.
 */
@NamedInterface("filters")
package org.caucus.corpus.ui;

import org.springframework.modulith.NamedInterface;
