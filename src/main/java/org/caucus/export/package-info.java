/** Workbooks and files that leave Caucus for reports and statistics. */
package org.caucus.export;
