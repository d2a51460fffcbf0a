package org.crosscheck.claims;

/** The kinds of named entity the report distinguishes. */
public enum EntityType { PERSON, ORGANIZATION, LOCATION, PRODUCT, EVENT, OTHER }
