package org.mizan.model;

public enum Polarity { AFFIRMED, NEGATED }
