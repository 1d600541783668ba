package io.carefile.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link CarefileTestEnvironment} for every {@code @QuarkusTest} in the suite. */
@QuarkusTestResource(CarefileTestEnvironment.class)
public final class RegisterTestEnvironment {

  private RegisterTestEnvironment() {}
}
