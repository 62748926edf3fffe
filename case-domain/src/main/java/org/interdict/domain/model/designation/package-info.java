/** Designations: the published listings that partners rely on, immutable once published. */
package org.interdict.domain.model.designation;
