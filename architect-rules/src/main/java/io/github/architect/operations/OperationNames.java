package io.github.architect.operations;

/** How the two sides spell an operation. */
final class OperationNames {

    private OperationNames() {
    }

    /** The service name without its proto package ("shop.v1.OrderService" is "OrderService"). */
    static String simple(String api) {
        return api.substring(api.lastIndexOf('.') + 1);
    }

    /** The rpc a generated Java method stands for: grpc-java lower-cases the first letter of the rpc. */
    static String rpcOf(String methodName) {
        return methodName.isEmpty() ? methodName : Character.toUpperCase(methodName.charAt(0)) + methodName.substring(1);
    }
}
