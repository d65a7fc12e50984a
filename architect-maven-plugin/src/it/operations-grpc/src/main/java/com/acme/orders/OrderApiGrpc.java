package com.acme.orders;

/**
 * Stands in for the class protoc's grpc-java plugin generates from src/main/proto/orders.proto:
 * the IT checks the server-side detection, not code generation, so it does not run protoc.
 */
public final class OrderApiGrpc {

    private OrderApiGrpc() {
    }

    public interface StreamObserver<T> {
        void onNext(T value);

        void onCompleted();
    }

    public abstract static class OrderApiImplBase {

        public void placeOrder(String request, StreamObserver<String> responseObserver) {
            throw new UnsupportedOperationException("UNIMPLEMENTED");
        }

        public void getOrder(String request, StreamObserver<String> responseObserver) {
            throw new UnsupportedOperationException("UNIMPLEMENTED");
        }

        public void cancelOrder(String request, StreamObserver<String> responseObserver) {
            throw new UnsupportedOperationException("UNIMPLEMENTED");
        }
    }
}
