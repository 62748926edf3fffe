/** Errors as {@code application/problem+json}: one exception mapper per exception family and a fallback. */
package org.interdict.web.api.problem;
