String log = new File(basedir, 'build.log').text
String doc = new File(basedir, 'architecture.md').canonicalPath
// paths x methods of the block, with the path of servers[0], are the contract; the items
// endpoint is declared at its method line inside the block and served by nobody
assert log.contains("${doc}:[48,5] endpoint-not-implemented GET /api/orders/{orderId}/items")
assert (log =~ /endpoint-not-implemented/).count == 1
assert !log.contains('undeclared-endpoint')
assert !log.contains('invalid-openapi')
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace'
