/** Small value types that several aggregates share. */
package org.interdict.domain.model.shared;
