/** Small value types that every module may use; no Spring beans and no Vaadin here. */
package org.caucus.shared;
