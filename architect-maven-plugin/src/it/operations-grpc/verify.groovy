String log = new File(basedir, 'build.log').text
String service = new File(basedir, 'src/main/java/com/acme/orders/OrderApiService.java').canonicalPath
String contract = new File(basedir, 'api/orders.proto').canonicalPath
// the rpc the server implements but the linked contract does not declare: at the overriding method
assert log.contains("${service}:[20,17] undeclared-operation") : 'file and line of cancelOrder()'
assert log.contains('rpc OrderApi.CancelOrder is served by OrderApiService.cancelOrder()')
// the rpc the contract declares but nothing serves: at its line of the linked .proto
assert log.contains("${contract}:[11,3] operation-not-implemented") : 'line of TrackOrder in api/orders.proto'
assert log.contains('rpc OrderApi.TrackOrder is declared under Order Service in section 4 but no module of the build serves it')
assert !log.contains('rpc OrderApi.PlaceOrder') && !log.contains('rpc OrderApi.GetOrder') : 'implemented and declared'
assert log.contains('[INFO] architecture.md: 1 service, 0 endpoints, 0 tables, 1 technology, 3 operations')
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at io\.github\.architect/) : 'no stack trace from architect'
