// Where the time goes: per check, at -X and in target/architect/timings.json, whatever formats says
String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[DEBUG] architect: time: ServiceBoundariesCheck on module verify-timings: ')
assert log.contains('[DEBUG] architect: time: EndpointContractCheck on build: ')
assert log =~ /\[DEBUG\] architect: time: DataSchemaCheck: [0-9]+\.[0-9] ms in total/
File timings = new File(basedir, 'target/architect/timings.json')
assert timings.isFile() : 'timings.json is written with architect.formats=none'
String json = timings.text
assert json.contains('"step": "ServiceBoundariesCheck"')
assert json.contains('"scope": "module verify-timings"')
assert json.contains('"scope": "build"')
// formats=none: no report beside it
def written = new File(basedir, 'target/architect').list() as List
assert written.every { it in ['cache', 'timings.json'] } : written
