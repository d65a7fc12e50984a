String log = new File(basedir, 'build.log').text
// the OpenAPI contract's request and response schemas and statuses agree with the code: one line, no warning
assert log.contains('[INFO] architecture.md: 1 service, 2 endpoints, 0 tables, 2 technologies') : 'summary line'
assert !log.contains('[WARNING]') : 'no warning on a build that follows its contract'
assert !log.contains('[ERROR]')
assert log.contains('BUILD SUCCESS')
