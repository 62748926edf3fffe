/**
 * Evidence files on cases: receiving them (streamed, hashed, typed from their content, within a size
 * limit and an allow-list), their metadata and sharing, downloading and verifying them, and their chain
 * of custody, every access an audit event. The files live behind the {@link org.interdict.application.evidence.EvidenceStore} port.
 */
package org.interdict.application.evidence;
