String log = new File(basedir, 'build.log').text
String doc = new File(basedir, 'architecture.md').canonicalPath
// paths x methods of the block, with the path of servers[0], are the contract; the items
// endpoint is declared at its method line inside the block and served by nobody
assert log.contains("${doc}:[60,5] endpoint-not-implemented GET /api/orders/{orderId}/items")
assert (log =~ /\] endpoint-not-implemented /).count == 1
assert !log.contains('undeclared-endpoint')
assert !log.contains('invalid-openapi')
// the summary counts the block's paths x methods: an OpenAPI contract declares endpoints too
assert log.contains('[INFO] architecture.md: 1 service, 5 endpoints, 0 tables, 1 technology') : log.readLines().findAll { it.contains('architecture.md: ') }
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at io\.github\.architect/) : 'no stack trace from architect'
