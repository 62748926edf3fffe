package org.interdict.application.security;

/**
 * Port: who is calling. Declared here so that application services can decide on roles and agency
 * without knowing how identity is established; the {@code auth} module implements it from the
 * OpenID Connect token that WildFly verified.
 */
public interface CurrentUser {

    /**
     * The authenticated caller of the current request.
     *
     * @throws NotAuthenticatedException when the request carries no verified identity
     * @throws MissingAgencyException    when the identity names no agency
     */
    Caller caller();
}
