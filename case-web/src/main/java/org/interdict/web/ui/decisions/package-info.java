/**
 * The supervisor's part of the web UI: the queue of proposals waiting for a decision, the review of one
 * proposal beside the evidence it cites (with an inline preview of PDFs and images), deciding and
 * publishing, and sharing cases, parties and evidence with partner agencies.
 */
package org.interdict.web.ui.decisions;
