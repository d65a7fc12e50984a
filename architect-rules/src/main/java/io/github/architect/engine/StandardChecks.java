package io.github.architect.engine;

import io.github.architect.boundaries.ServiceBoundariesCheck;
import io.github.architect.check.Check;
import io.github.architect.endpoints.EndpointContractCheck;
import io.github.architect.operations.OperationContractCheck;
import io.github.architect.events.EventFlowCheck;
import io.github.architect.payloads.PayloadContractCheck;
import io.github.architect.schema.DataSchemaCheck;
import io.github.architect.technology.TechnologyStackCheck;

import java.util.List;

/** The checks {@code architect:verify} runs. */
public final class StandardChecks {

    private StandardChecks() {
    }

    public static List<Check> all() {
        return List.of(new ServiceBoundariesCheck(), new EndpointContractCheck(), new DataSchemaCheck(),
                new TechnologyStackCheck(), new OperationContractCheck(), new EventFlowCheck(), new PayloadContractCheck());
    }
}
