/** Arabic text primitives: offset-preserving normalisation, tokens, sentences, numbers. */
package org.mizan.text;
