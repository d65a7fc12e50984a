// a multi-module build: services by evidence, names without the common prefix, the shared library
// in the yaml block, the config server left out; verify then accepts the draft unchanged
assert !new File(basedir, 'acme-shop-orders/architecture.md').exists()
String text = new File(basedir, 'architecture.md').getText('UTF-8')
assert text.contains('### API Gateway\n')
assert text.contains('### Orders\n')
assert !text.contains('### Config Server')
assert !text.contains('### Common')
assert text.contains('- **Dependencies:** Orders\n')
assert text.contains('#### GET /orders/{id}\n\nServed by `OrderController.get()`.\n')
assert text.contains('#### GET /api/orders/{id}/total\n\nServed by `GatewayController.total()`.\n')
assert text.contains('shared: [acme-shop-common]')
String log = new File(basedir, 'build.log').text
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains("BUILD ") }
assert runs.size() == 2 : "scaffold-doc, then verify; got ${runs.size()} runs"
assert runs[0].count('[INFO] Wrote ') == 1
assert runs[0].contains('[WARNING] Left out of the services: acme-shop-config-server: infrastructure (@EnableConfigServer')
assert runs[1].contains('[INFO] architecture.md: 2 services, 3 endpoints, 0 tables, 1 technology')
assert !runs[1].contains('[ERROR]')
assert runs[1].contains('BUILD SUCCESS')
