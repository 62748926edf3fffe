/**
 * The auditor's pages: the audit trail search of their agency's events, and the verification of the
 * whole hash chain, both through {@link org.interdict.application.audit.AuditService}.
 */
package org.interdict.web.ui.audit;
