package org.interdict.web.ui.search;

import java.io.Serializable;

/** An active filter shown as a chip, with the address of the same search without it. */
public record Chip(String label, String removeLink) implements Serializable {
}
