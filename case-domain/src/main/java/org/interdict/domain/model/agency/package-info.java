/**
 * Agencies: the authorities and partner agencies whose people use Interdict, and to which every
 * user, case and record belongs.
 */
package org.interdict.domain.model.agency;
