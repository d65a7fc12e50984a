package com.acme.shop.config;

import org.springframework.cloud.config.server.EnableConfigServer;

@EnableConfigServer
public class ConfigServer {

    public static void main(String[] args) {
    }
}
