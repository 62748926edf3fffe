package org.interdict.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PagePolicyFilterTest {

    @Test
    void formsMayPostToTheIdentityProviderOnlyBesideThisApplication() {
        assertEquals("http://127.0.0.1:8180", PagePolicyFilter.origin("http://127.0.0.1:8180/realms/interdict"));
        assertEquals("https://login.example.gov", PagePolicyFilter.origin("https://login.example.gov/realms/x"));
        assertNull(PagePolicyFilter.origin("not a url"));
        assertNull(PagePolicyFilter.origin("javascript:alert(1)"));
        String policy = PagePolicyFilter.policy("https://login.example.gov");
        assertTrue(policy.contains("form-action 'self' https://login.example.gov;"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(PagePolicyFilter.policy(null).contains("form-action 'self';"));
    }
}
