String log = new File(basedir, 'build.log').text
String controller = new File(basedir, 'src/main/java/com/acme/catalog/ProductController.java').canonicalPath
String document = new File(basedir, 'architecture.md').canonicalPath
// the handler nobody declared, at its method
assert log.contains("${controller}:[30,19] undeclared-operation") : 'file and line of productAdded()'
assert log.contains('subscription productAdded is served by ProductController.productAdded()')
// the declared root field nobody serves, at its line of the document
assert log.contains("${document}:[30,3] operation-not-implemented") : 'line of searchProducts in the schema block'
assert log.contains('query searchProducts is declared under Catalog Service in section 4 but no module of the build serves it')
assert log.contains('[INFO] architecture.md: 1 service, 0 endpoints, 0 tables, 1 technology, 4 operations')
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at io\.github\.architect/) : 'no stack trace from architect'
