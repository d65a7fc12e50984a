List<String> runs = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.trim() }
assert runs.size() == 2 : "two invocations, got ${runs.size()}"
String partial = runs[0]
assert partial.readLines().findAll { it.startsWith('[INFO] architect: partial build') }.size() == 1
assert partial.contains('a topic nothing uses')
assert !partial.contains('topic-not-used')
assert partial =~ /undeclared-topic.*ledger\.booked/ : 'module findings are still reported'
String log = runs[1]
String publisher = new File(basedir, 'ledger/src/main/java/com/acme/ledger/LedgerPublisher.java').canonicalPath
String billing = new File(basedir, 'billing/src/main/java/com/acme/billing/InvoicePublisher.java').canonicalPath
String doc = new File(basedir, 'architecture.md').canonicalPath
assert log.contains("${publisher}:[14,9]") : 'file and line of the undeclared send'
assert log =~ /undeclared-topic.*ledger\.booked/
assert log.contains("${publisher}:[15,9]") : 'file and line of the send by a service that is no declared producer'
assert log =~ /topic-wrong-producer.*Ledger Service.*invoice\.issued/
assert log =~ /topic-wrong-consumer.*Billing Service.*payment\.settled/
assert log.contains("${doc}:[13,3]") : 'the wrong producer names the line declaring invoice.issued'
assert log.contains("${doc}:[14,3] topic-not-used The topic `invoice.voided` is declared") : 'at the line declaring it'
assert log.contains("${billing}:[20,5] topic-wrong-consumer")
assert log.count('topic-not-used') == 1 : 'once per build'
assert log.contains('2 services, 0 endpoints, 0 tables, 1 technology, 3 topics')
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at io\.github\.architect/) : 'no stack trace from architect'
