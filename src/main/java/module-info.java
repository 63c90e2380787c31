/**
 * himcert: which AHIMA credentials a candidate can sit for, why, and what to do next.
 *
 * <p>The API: the facade {@link org.himcert.EligibilityAdvisor} and its results ({@code org.himcert}), the
 * candidate model ({@code org.himcert.model}), the JSON contract ({@code org.himcert.json}) and the reports
 * ({@code org.himcert.report}). The rule engine, the advice and the command line are internal. The rules' compiled
 * classes ({@code org.himcert.rules}) and the facts they match ({@code org.himcert.engine}) are opened to Drools,
 * which loads and reads them reflectively.
 */
module org.himcert {
    exports org.himcert;
    exports org.himcert.model;
    exports org.himcert.json;
    exports org.himcert.report;

    requires org.kie.api;
    requires org.kie.internal.api;
    requires org.drools.drl.parser;
    requires org.drools.drl.ast;
    requires org.drools.canonicalmodel;
    requires org.drools.modelcompiler;
    requires org.slf4j; // Drools logs through it; its jars are automatic modules that cannot require it
    requires com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.databind; // ContractReader reads a JsonNode
    requires com.fasterxml.jackson.dataformat.yaml;
    requires static info.picocli; // the command line only, which the library jar leaves out
    requires static org.eclipse.jetty.server; // likewise: the service (himcert serve)
    requires static org.eclipse.jetty.http;
    requires static org.eclipse.jetty.io;
    requires static org.eclipse.jetty.util;
    requires static micrometer.core;
    requires static micrometer.registry.prometheus;
    requires static java.net.http; // the command line's `serve --check` asks the service it started

    opens org.himcert.engine;
    opens org.himcert.rules;
}
