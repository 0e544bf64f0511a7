/** Immutable records describing an article and what was found in it. No behaviour beyond validation; no JavaFX. */
package org.mizan.model;
