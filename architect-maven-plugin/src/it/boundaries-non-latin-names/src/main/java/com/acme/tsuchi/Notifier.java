package com.acme.tsuchi;

public class Notifier {

    public void send(String message) {
    }
}
