/**
 * The case report: what a case report shows, assembled by the application as plain records
 * ({@link org.interdict.application.report.CaseReport}), and the port that renders one
 * ({@link org.interdict.application.report.CaseReports}, a PDF in the infrastructure). Who may have a
 * report and what it leaves out for a partner is decided here, by the same policy as every other read.
 */
package org.interdict.application.report;
