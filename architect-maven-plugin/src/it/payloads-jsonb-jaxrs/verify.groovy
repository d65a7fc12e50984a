String log = new File(basedir, 'build.log').text
String resource = new File(basedir, 'src/main/java/com/acme/orders/OrderResource.java').canonicalPath
String doc = new File(basedir, 'architecture.md').canonicalPath
// JSON-B's rules, not Jackson's: a private field with only a getter is not set when reading...
assert log.contains("[ERROR] ${resource}:[15,18] request-field-ignored") : 'at place()'
assert log.contains('The request sample of POST /orders sends `reference`, which NewOrder does not bind: OrderResource.place() silently drops it')
assert log.contains('(or name it with @JsonbProperty)')
assert log.contains("${doc}:[24,1]") : 'the request line of the http block'
// ...and isShipped() of a Boolean is written
assert !log.contains('`shipped`')
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at io\.github\.architect/) : 'no stack trace from architect'
