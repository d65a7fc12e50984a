// one module, a package per service: the top-level packages under com.acme.shop with controllers are
// the services, the other one is shared; verify then accepts the draft unchanged
String text = new File(basedir, 'architecture.md').getText('UTF-8')
assert text.contains('### Catalog\n')
assert text.contains('### Orders\n')
assert text.contains('- **Dependencies:** Catalog\n')
assert text.contains('#### POST /orders\n\nServed by `OrderController.place()`.\n\nSuccess: `200 OK`\n')
assert text.contains('shared: [com.acme.shop.common..]')
String log = new File(basedir, 'build.log').text
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains("BUILD ") }
assert runs.size() == 2 : "scaffold-doc, then verify; got ${runs.size()} runs"
assert runs[0].count('[INFO] Wrote ') == 1
assert runs[1] =~ /\[INFO\] architecture\.md: 2 services, 2 endpoints, 0 tables, \d+ technolog/
assert !runs[1].contains('[ERROR]')
assert runs[1].contains('BUILD SUCCESS')
