/** Reading article files and saving review state. */
package org.mizan.io;
