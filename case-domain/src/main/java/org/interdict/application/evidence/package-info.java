/**
 * Evidence files on cases: receiving them (streamed, hashed, typed from their content, within a size
 * limit and an allow-list), their metadata and sharing, downloading and verifying them, and their chain
 * of custody, every access an audit event. The files live behind the {@link org.interdict.application.evidence.EvidenceStore} port.
 * Trade records linked to cases are evidence too; {@link org.interdict.application.evidence.CaseEvidence} says
 * which ids are evidence of a case and what they show, for whatever relies on them (a proposal).
 */
package org.interdict.application.evidence;
