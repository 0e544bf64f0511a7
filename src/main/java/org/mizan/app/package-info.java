/** Entry point: chooses the headless command line or the desktop reader. */
package org.mizan.app;
