#!/usr/bin/env bash
# Cold start of the function, native against JVM: the time from process start to the first answer of
# POST /leads-by-phone (which includes the first Engage Voice call), and the resident memory after it, on the simulator.
# Not a test: it prints figures. Run from anywhere, after building what it starts:
#   ./mvnw -B package -pl samples/cloud-function -am -DskipTests          # JVM jar and the simulator's runner jar
#   ./mvnw -B package -pl samples/cloud-function -am -DskipTests -Dnative  # native executable (GraalVM/Mandrel)
# usage: coldstart.sh [native executable] [runs]   (default: target/*-runner, 5 runs each)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
NATIVE=${1:-$(ls "$HERE"/target/*-runner 2>/dev/null | head -1 || true)}
RUNS=${2:-5}
JVM_JAR=$HERE/target/quarkus-app/quarkus-run.jar
SIMULATOR_JAR=$(ls "$ROOT"/mock-server/target/engage-voice-mock-server-*-runner.jar 2>/dev/null | head -1 || true)
[ -f "$JVM_JAR" ] || { echo "no $JVM_JAR: build the function first" >&2; exit 1; }
[ -n "$SIMULATOR_JAR" ] || { echo "no simulator runner jar under mock-server/target: build it first" >&2; exit 1; }
[ -n "$NATIVE" ] && [ -x "$NATIVE" ] || { echo "no native executable (argument 1 or target/*-runner): JVM only"; NATIVE=; }
exec python3 - "$SIMULATOR_JAR" "$JVM_JAR" "$NATIVE" "$RUNS" <<'PY'
import json, os, re, socket, statistics, subprocess, sys, time, urllib.request

simulator_jar, jvm_jar, native, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
API_TOKEN = 'sim80:7f3c2a61-5b8e-4d2f-9a1c-3e6b8d0f4a21'   # the simulator's seeded API token (public, fake)
SALES_ACCOUNT = '12340001'

sim = subprocess.Popen(['java', '-jar', simulator_jar, '--port', '0'], stdout=subprocess.PIPE, text=True)
line = sim.stdout.readline()
server = re.search(r'listening on (http://\S+)', line).group(1)

def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]

def rss_kib(pid):
    with open(f'/proc/{pid}/status') as status:
        return int(next(l for l in status if l.startswith('VmRSS:')).split()[1])

def cold_start(command):
    port = free_port()
    env = dict(os.environ, QUARKUS_HTTP_PORT=str(port), QUARKUS_ENGAGE_VOICE_SERVER=server,
               QUARKUS_ENGAGE_VOICE_ACCOUNT_ID=SALES_ACCOUNT, QUARKUS_ENGAGE_VOICE_AUTH_API_TOKEN=API_TOKEN,
               QUARKUS_LOG_LEVEL='WARN')
    request = urllib.request.Request(f'http://127.0.0.1:{port}/leads-by-phone', method='POST',
                                     data=b'{"phone":"(650) 555-0105"}', headers={'Content-Type': 'application/json'})
    start = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            if process.poll() is not None:
                raise SystemExit(f'{command[0]} exited with {process.returncode}')
            try:
                with urllib.request.urlopen(request, timeout=5) as answer:
                    body = json.load(answer)
                break
            except OSError:
                time.sleep(0.002)
        elapsed = (time.monotonic() - start) * 1000
        assert body['leads'] and body['leads'][0]['lastName'] == 'Stone', body
        return elapsed, rss_kib(process.pid) / 1024
    finally:
        process.terminate()
        process.wait()

try:
    modes = [('JVM', ['java', '-jar', jvm_jar])] + ([('native', [native])] if native else [])
    results = {}
    for name, command in modes:
        cold_start(command)  # warms the file system cache, not counted
        samples = [cold_start(command) for _ in range(runs)]
        results[name] = (statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples))
    print(f'cold start of the function (process start to first answer, median of {runs}) and RSS after it')
    for name, (ms, mib) in results.items():
        print(f'  {name:7s} {ms:8.0f} ms  {mib:7.1f} MiB')
    if len(results) == 2:
        (jms, jmib), (nms, nmib) = results['JVM'], results['native']
        print(f'  native/JVM: {nms / jms:.2f} x the time, {nmib / jmib:.2f} x the memory')
finally:
    sim.terminate()
PY
