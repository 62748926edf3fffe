/** Media types told from files' content with Apache Tika's detector (tika-core only: no parsers). */
package org.interdict.infrastructure.tika;
