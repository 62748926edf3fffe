/**
 * Evidence: files attached to a case (documents, spreadsheets, images, e-mails), each identified by
 * the SHA-256 of its content, with its provenance, its handling marking and a releasability of its own.
 */
package org.interdict.domain.model.evidence;
