String log = new File(basedir, 'build.log').text
String controller = new File(basedir, 'src/main/java/com/acme/orders/OrderController.java').canonicalPath
String doc = new File(basedir, 'architecture.md').canonicalPath
// every kind of drift between section 4's samples and the code, at the handler with the sample's line
assert log.contains("[ERROR] ${controller}:[29,18] request-field-ignored") : 'at place()'
assert log.contains('sends `coupon`, which PlaceOrder does not bind: OrderController.place() silently drops it')
assert log.contains("[ERROR] ${controller}:[29,18] response-field-not-produced")
assert log.contains('shows `total`, which Order (returned by OrderController.place()) does not write')
assert log.contains("[ERROR] ${controller}:[29,18] status-mismatch")
assert log.contains('POST /orders is declared to answer 200 but OrderController.place() answers 201')
assert log.contains("[WARNING] ${controller}:[29,18] payload-type-mismatch")
assert log.contains('`lines[].quantity` is a string where the type has a number')
assert log.contains("[WARNING] ${controller}:[29,18] required-request-field-missing")
assert log.contains('PlaceOrder requires `customerId`')
assert log.contains("[WARNING] ${controller}:[29,18] error-status-not-produced")
assert log.contains('POST /orders declares 409')
assert log.contains("${doc}:[26,1]") : 'the request sample as document location'
assert log.contains("[WARNING] ${doc}:[44,") && log.contains('doc-json') : 'the broken error sample, at its line'
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at io\.github\.architect/) : 'no stack trace from architect'
