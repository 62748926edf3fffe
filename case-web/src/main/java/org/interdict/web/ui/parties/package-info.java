/**
 * The parties pages: the list, a party's page (with its trade risk and trade network drawn as charts)
 * and the form that records or revises a party. They call {@code PartyService}, {@code TradeViewService}
 * and {@code CaseService}, as the API does.
 */
package org.interdict.web.ui.parties;
