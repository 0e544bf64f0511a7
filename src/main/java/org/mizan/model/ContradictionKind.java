package org.mizan.model;

public enum ContradictionKind { POLARITY, NUMERIC, DATE }
