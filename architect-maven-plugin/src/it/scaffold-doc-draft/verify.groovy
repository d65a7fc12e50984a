// one document for the whole build, at its root, drafted from the modules
assert !new File(basedir, 'catalog/architecture.md').exists()
assert !new File(basedir, 'orders/architecture.md').exists()
String text = new File(basedir, 'architecture.md').getText('UTF-8')
assert text.contains('### Catalog Service\n')
assert text.contains('### Orders Service\n')
assert text.contains('- **Dependencies:** Catalog Service\n')
assert text.contains('  Orders Service:\n    modules: [orders]\n')
String log = new File(basedir, 'build.log').text
assert log.count('[INFO] Wrote ') == 1
assert log.contains('BUILD SUCCESS')
