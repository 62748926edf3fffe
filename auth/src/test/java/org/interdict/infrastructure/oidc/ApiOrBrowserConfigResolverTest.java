package org.interdict.infrastructure.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiOrBrowserConfigResolverTest {

    @ParameterizedTest(name = "{0} is API: {1}")
    @CsvSource({
            "/api, true",
            "/api/, true",
            "/api/me, true",
            "/api/cases/ICT-2026-000042, true",
            "/apidocs, false",
            "/, false",
            "/index.xhtml, false",
            "/jakarta.faces.resource/theme.css.xhtml, false",
            "'', false"
    })
    void apiPathsGetTheBearerOnlyConfigurationAndEverythingElseTheBrowserOne(String path, boolean api) {
        assertEquals(api, ApiOrBrowserConfigResolver.isApiPath(path));
    }
}
