String log = new File(basedir, 'build.log').text
String publisher = new File(basedir, 'billing/src/main/java/com/acme/billing/InvoicePublisher.java').canonicalPath
// the exchange matches the send (exchange + routing key) and the binding (queue, exchange, key)
assert !log.contains('invoices / invoice.issued but')
assert !log.contains('ledger.invoices / invoices')
// the queue's producer is a party outside the system: neither a finding nor an unknown service
assert !log.contains('ledger.corrections')
assert !log.contains('doc-unknown-service')
assert log.contains("${publisher}:[17,9] undeclared-topic rabbit.convertAndSend() in InvoicePublisher.issue()")
assert log.contains('produces to RabbitMQ billing.audit but the architecture document declares no such topic')
assert log.count('undeclared-topic') == 1
assert !log.contains('topic-not-used')
assert log.contains('2 services, 0 endpoints, 0 tables, 1 technology, 2 topics')
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at io\.github\.architect/) : 'no stack trace from architect'
