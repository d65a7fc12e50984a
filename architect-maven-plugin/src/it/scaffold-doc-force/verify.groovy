String text = new File(basedir, 'architecture.md').getText('UTF-8')
assert !text.contains('# Old document')
assert text.contains('## 3. Service Definitions')
assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')
