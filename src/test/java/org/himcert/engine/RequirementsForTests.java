package org.himcert.engine;

import java.util.List;

/** The engine's list of the domain reference's requirement ids, for tests in other packages. */
public final class RequirementsForTests {

    /** Every id of the domain reference. */
    public static final List<String> DOMAIN = Requirements.DOMAIN;

    private RequirementsForTests() {
    }
}
