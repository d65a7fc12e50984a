// scaffold-doc drafts the payload samples and statuses, the GraphQL and gRPC operations and the Kafka
// topic of the code in the forms the document reader takes; verify then accepts the draft unchanged
String text = new File(basedir, 'architecture.md').getText('UTF-8')
[
    '#### POST /orders\n\nServed by `OrderController.place()`.\n\nRequest:\n\n```json\n{\n  "customerId" : "string",\n  "lines" : [ {\n    "sku" : "string",\n    "quantity" : 0\n  } ]\n}\n```\n\nSuccess: `201 Created`\n',
    '"status" : "string"',
    '#### GET /orders/{id}\n\nServed by `OrderController.get()`.\n\nSuccess: `200 OK`\n',
    'Errors: `404 Not Found`.\n',
    '| `orders.placed` | Orders | Billing |\n',
    'type Query {\n  invoices: PLACEHOLDER # served by InvoiceGraph.invoices()\n}\n',
    'service OrderApi {\n  rpc PlaceOrder (PLACEHOLDER) returns (PLACEHOLDER);',
].each { assert text.contains(it) : "the draft lacks ${it}" }
String log = new File(basedir, 'build.log').text
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains("BUILD ") }
assert runs.size() == 2 : "scaffold-doc, then verify; got ${runs.size()} runs"
assert runs[0].count('[INFO] Wrote ') == 1
assert runs[1].contains('[INFO] architecture.md: 2 services, 2 endpoints, 0 tables, ')
assert runs[1].contains(', 2 operations, 1 topic')
assert !runs[1].contains('[ERROR]')
assert !runs[1].contains('[WARNING]')
assert runs[1].contains('BUILD SUCCESS')
