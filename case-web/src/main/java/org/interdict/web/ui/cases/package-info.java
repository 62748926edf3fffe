/**
 * The case page: one case with its workflow steps, description, subjects, tasks, notes and audit trail.
 * The beans ask the application services and show their answers; they decide no rule themselves.
 */
package org.interdict.web.ui.cases;
