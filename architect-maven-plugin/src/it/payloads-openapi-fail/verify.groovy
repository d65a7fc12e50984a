String log = new File(basedir, 'build.log').text
String controller = new File(basedir, 'src/main/java/com/acme/orders/OrderController.java').canonicalPath
String api = new File(basedir, 'api/openapi.yaml').canonicalPath
// every kind of drift between the linked OpenAPI contract's schemas and the code, at the handler,
// with the schema's line in the contract file as the document location
assert log.contains("[ERROR] ${controller}:[29,18] request-field-ignored") : 'at place()'
assert log.contains('The request schema of POST /orders sends `coupon`, which PlaceOrder does not bind: OrderController.place() silently drops it')
assert log.contains("${api}:[12,13]") : 'the request schema as document location'
assert log.contains("[ERROR] ${controller}:[29,18] response-field-not-produced")
assert log.contains('The response schema of POST /orders shows `total`, which Order (returned by OrderController.place()) does not write')
assert log.contains("${api}:[19,15]") : 'the response schema as document location'
assert log.contains("[ERROR] ${controller}:[29,18] status-mismatch")
assert log.contains('POST /orders is declared to answer 200 but OrderController.place() answers 201')
assert log.contains("[WARNING] ${controller}:[29,18] payload-type-mismatch")
assert log.contains('In the request schema of POST /orders, `lines[].quantity` is a string where the type has a number')
assert log.contains("[WARNING] ${controller}:[29,18] required-request-field-missing")
assert log.contains('PlaceOrder requires `customerId` (validated by @Valid) but the request schema of POST /orders does not list it as required')
assert log.contains("[WARNING] ${controller}:[37,40] error-status-not-produced") : 'at get()'
assert log.contains('GET /orders/{id} declares 409')
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at io\.github\.architect/) : 'no stack trace from architect'
