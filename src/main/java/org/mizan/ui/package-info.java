/** JavaFX views; their logic lives in view models testable without a screen. */
package org.mizan.ui;
