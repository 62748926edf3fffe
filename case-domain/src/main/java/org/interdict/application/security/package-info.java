/**
 * Who is calling and what they may do: roles, the caller, and the {@link
 * org.interdict.application.security.CurrentUser} port that the {@code auth} module implements.
 */
package org.interdict.application.security;
