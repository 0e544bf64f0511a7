package org.mizan.model;

public enum ReviewStatus { UNREVIEWED, CONFIRMED, DISMISSED }
