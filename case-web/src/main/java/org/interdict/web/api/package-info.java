/** The REST API under {@code /api}: resources speak representation records, never entities. */
package org.interdict.web.api;
