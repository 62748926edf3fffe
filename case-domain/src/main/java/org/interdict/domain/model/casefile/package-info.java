/**
 * Cases ({@code case} is a Java keyword, hence casefile): the investigation of suspected exporters,
 * and the designation workflow that a case follows from opening to a published measure.
 */
package org.interdict.domain.model.casefile;
