package org.interdict.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;

/** The one deployment the black-box tests use: the EAR that this module's build just assembled. */
final class InterdictDeployment {

    static final String NAME = "interdict.ear";

    private InterdictDeployment() {
    }

    static EnterpriseArchive ear() {
        File ear = new File("target", NAME);
        if (!ear.isFile()) {
            throw new IllegalStateException(ear.getAbsolutePath() + " is missing: the integration tests run after 'package'");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
