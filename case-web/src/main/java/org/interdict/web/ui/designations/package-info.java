/**
 * The published designations in the web UI: the list with its filters in the address
 * ({@link org.interdict.web.ui.designations.DesignationsList}), one designation's page
 * ({@link org.interdict.web.ui.designations.DesignationPage}) and the CSV and FollowTheMoney downloads
 * ({@link org.interdict.web.ui.designations.DesignationExportServlet}). Everyone signed in reads them;
 * the rules are {@link org.interdict.application.designation.DesignationService}'s.
 */
package org.interdict.web.ui.designations;
