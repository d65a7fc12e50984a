// scaffold-doc drafts the document from the code; verify then accepts the draft unchanged
String text = new File(basedir, 'architecture.md').getText('UTF-8')
['#### GET /catalog-api/products/{sku}\n', '### Carts\n', '### Catalog\n'].each { assert text.contains(it) : "the draft lacks ${it}" }
String log = new File(basedir, 'build.log').text
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains("BUILD ") }
assert runs.size() == 2 : "scaffold-doc, then verify; got ${runs.size()} runs"
assert runs[0].count('[INFO] Wrote ') == 1
assert runs[1] =~ /\[INFO\] architecture\.md: 2 services, \d+ endpoints, 0 tables/
assert !runs[1].contains('[ERROR]')
assert runs[1].contains('BUILD SUCCESS')
