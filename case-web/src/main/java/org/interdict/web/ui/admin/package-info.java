/**
 * The administrator's operations page: reference data, search operations and the outbox, background
 * jobs per node, and the health of the backing services. The beans ask the application services, which
 * refuse everyone but administrators; administrators see no case content here.
 */
package org.interdict.web.ui.admin;
