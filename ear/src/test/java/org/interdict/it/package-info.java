/**
 * Black-box integration tests: Arquillian deploys the EAR to a managed WildFly, and the tests talk to
 * it over HTTP with real tokens, as clients and browsers do.
 */
package org.interdict.it;
