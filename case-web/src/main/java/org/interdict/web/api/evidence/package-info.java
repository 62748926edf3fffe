/** Evidence files on cases: upload, metadata, sharing, download, verification and chain of custody. */
package org.interdict.web.api.evidence;
