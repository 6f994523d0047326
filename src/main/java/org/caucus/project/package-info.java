/** Projects: one study each, holding its corpus, codebook and coded passages. */
package org.caucus.project;
