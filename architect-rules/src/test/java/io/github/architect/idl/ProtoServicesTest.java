package io.github.architect.idl;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProtoServicesTest {

    @Test
    void readsServicesAndRpcsSkippingCommentsOptionsAndMessages() {
        ProtoServices.Parsed parsed = ProtoServices.parse("""
                syntax = "proto3";
                package shop.v1;
                option java_multiple_files = true;
                // service Commented { rpc Nope (A) returns (B); }
                /* service Blocked {
                     rpc AlsoNope (A) returns (B);
                } */
                message Order {
                  message Line { string sku = 1; }
                  repeated Line lines = 1;
                  string note = 2 [default = "service X { rpc Y"];
                }
                enum Status { OPEN = 0; }
                service OrderService {
                  option deprecated = true;
                  rpc PlaceOrder (Order) returns (Order);
                  rpc WatchOrders (stream Order) returns (stream Order) {
                    option (google.api.http) = { get: "/v1/orders" };
                  }
                }
                service Health { rpc Check (Order) returns (Order) {} }
                """);

        assertThat(parsed.failed()).isFalse();
        assertThat(parsed.rpcs()).containsExactly(
                new ProtoServices.Rpc("shop.v1", "OrderService", "PlaceOrder", 16, 3),
                new ProtoServices.Rpc("shop.v1", "OrderService", "WatchOrders", 17, 3),
                new ProtoServices.Rpc("shop.v1", "Health", "Check", 21, 18));
    }

    @Test
    void anUnclosedServiceIsAnErrorNamingIt() {
        ProtoServices.Parsed parsed = ProtoServices.parse("""
                service OrderService {
                  rpc PlaceOrder (Order) returns (Order);
                """);

        assertThat(parsed.failed()).isTrue();
        assertThat(parsed.error()).contains("OrderService").contains("never closed");
    }

    @Test
    void anRpcWithoutReturnsIsAnErrorAtItsLine() {
        ProtoServices.Parsed parsed = ProtoServices.parse("""
                service OrderService {
                  rpc PlaceOrder (Order);
                }
                """);

        assertThat(parsed.failed()).isTrue();
        assertThat(parsed.line()).isEqualTo(2);
        assertThat(parsed.error()).contains("returns").contains("PlaceOrder");
    }

    @Test
    void anUnclosedCommentIsAnErrorWhereItStarts() {
        ProtoServices.Parsed parsed = ProtoServices.parse("syntax = \"proto3\";\n/* forgot\nservice A {}\n");

        assertThat(parsed.failed()).isTrue();
        assertThat(parsed.line()).isEqualTo(2);
        assertThat(parsed.column()).isEqualTo(1);
    }
}
