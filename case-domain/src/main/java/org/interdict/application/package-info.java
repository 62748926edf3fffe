/**
 * Use cases: application services that own transactions, authorization, validation and audit, and
 * the ports they need from the outside world.
 */
package org.interdict.application;
