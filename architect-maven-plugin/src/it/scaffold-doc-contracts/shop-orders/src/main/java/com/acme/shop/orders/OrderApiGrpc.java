package com.acme.shop.orders;

/**
 * Stands in for the class protoc's grpc-java plugin generates: the IT drafts the served rpcs from the
 * server-side code, not from code generation, so it does not run protoc.
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
    }
}
