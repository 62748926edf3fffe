/**
 * The case report as a PDF (Apache PDFBox), with an embedded, subsetted TrueType font so that names in
 * Cyrillic and Han script print as written.
 */
package org.interdict.infrastructure.pdf;
