/** The headless command line (picocli). */
package org.mizan.cli;
