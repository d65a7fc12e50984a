package com.acme.shop.orders;

import com.acme.shop.orders.OrderApiGrpc.StreamObserver;

public class OrderApiService extends OrderApiGrpc.OrderApiImplBase {

    @Override
    public void placeOrder(String request, StreamObserver<String> responseObserver) {
        responseObserver.onNext("order-1");
        responseObserver.onCompleted();
    }
}
