package org.mizan.text;

/** What a {@link Token} is. */
public enum TokenKind { WORD, NUMBER, PUNCTUATION, URL, HANDLE, HASHTAG, SYMBOL }
