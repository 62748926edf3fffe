package org.interdict.web.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void keepsTheServicesEscapedTextAndItsMarks() {
        assertEquals("Analyst&#x27;s note on <em>Silva</em> LLC &amp; &quot;co&quot;",
                Snippets.safe("Analyst&#x27;s note on <em>Silva</em> LLC &amp; &quot;co&quot;"));
    }

    @Test
    void escapesAnyOtherMarkupSoThatASnippetCarriesOnlyEmphasis() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; <em>x</em>", Snippets.safe("<script>alert(1)</script> <em>x</em>"));
        assertEquals("&lt;em onclick=&quot;x&quot;&gt;y", Snippets.safe("<em onclick=\"x\">y"));
        assertEquals("a &amp; b &amp;notanentity", Snippets.safe("a & b &notanentity"));
    }

    @Test
    void balancesTheMarks() {
        assertEquals("<em>open</em>", Snippets.safe("<em>open"));
        assertEquals("stray", Snippets.safe("</em>stray"));
        assertEquals("<em>a</em>b", Snippets.safe("<em><em>a</em>b</em>"));
    }
}
