/** Writers of the analysis: JSON, text, annotated PDF. */
package org.mizan.export;
