package com.acme.orders;

import com.acme.orders.OrderApiGrpc.StreamObserver;

public class OrderApiService extends OrderApiGrpc.OrderApiImplBase {

    @Override
    public void placeOrder(String request, StreamObserver<String> responseObserver) {
        responseObserver.onNext("order-1");
        responseObserver.onCompleted();
    }

    @Override
    public void getOrder(String request, StreamObserver<String> responseObserver) {
        responseObserver.onNext(request);
        responseObserver.onCompleted();
    }

    @Override
    public void cancelOrder(String request, StreamObserver<String> responseObserver) {
        responseObserver.onNext(request);
        responseObserver.onCompleted();
    }
}
