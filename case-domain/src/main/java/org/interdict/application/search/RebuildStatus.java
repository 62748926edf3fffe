package org.interdict.application.search;

/** Where a rebuild of the search indices stands: running (its node sends heartbeats), done, or failed. */
public enum RebuildStatus { RUNNING, DONE, FAILED }
