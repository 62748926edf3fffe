/**
 * Identity through Keycloak: the {@link org.interdict.application.security.CurrentUser} adapter, the
 * choice of OIDC configuration per request, and the Keycloak probe. Token claim names and Keycloak
 * role names are known here and nowhere else.
 */
package org.interdict.infrastructure.oidc;
