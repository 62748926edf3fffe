package org.interdict.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Share a record with named partner agencies (SHARED), or withdraw it (INTERNAL, no agencies). */
public record ReleaseRequest(
        @NotBlank(message = "Name the releasability: INTERNAL or SHARED") @Size(max = 32) String releasability,
        @Size(max = 50) List<@NotBlank @Size(max = 64) String> agencies) {
}
