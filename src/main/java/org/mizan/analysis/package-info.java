/** Annotators with one job each (figures, actors, claims, contradictions), composed by the Pipeline. Pure: text in, annotations out. */
package org.mizan.analysis;
