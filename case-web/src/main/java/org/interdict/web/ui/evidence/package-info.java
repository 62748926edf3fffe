/**
 * The evidence parts of the case page: its files (upload, text, download, verification), the trade
 * records linked to it, and the proposal that relies on them. Each part is an include with its own
 * form and a view-scoped bean that calls the same application services as the REST API.
 */
package org.interdict.web.ui.evidence;
