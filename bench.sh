#!/usr/bin/env bash
# Document benchmarks (issue 6): certificate pages/s into one PDF, 100k-row export against bare SpreadCheetah, and
# the process peak working set of both. Release build, BenchmarkDotNet short job, in-process (its child build failed
# once on the shared machine). Never part of ./test.sh. Takes a few minutes; the numbers mean little under load, so
# the load average is printed with them.
#   ./bench.sh            everything
#   ./bench.sh --quick    only the Stopwatch probes and the peak-memory runs (no BenchmarkDotNet)
set -euo pipefail
cd "$(dirname "$0")"
ART=BenchmarkDotNet.Artifacts/results
DLL=Workbench.Benchmarks/bin/Release/net10.0/Workbench.Benchmarks.dll

echo "== $(date -Iseconds)  load: $(cut -d' ' -f1-3 /proc/loadavg)  cores: $(nproc)"
dotnet build -c Release Workbench.Benchmarks -nologo -v q | grep -E "error|Warn|Elapsed" || true

if [[ "${1:-}" != "--quick" ]]; then
  rm -f "$ART"/*CertificateBenchmarks* "$ART"/*ExportBenchmarks*
  dotnet "$DLL" --filter '*CertificateBenchmarks*' '*ExportBenchmarks*' --job short --inProcess --exporters csv github > /tmp/workbench-bench.log 2>&1 \
    || { tail -40 /tmp/workbench-bench.log; exit 1; }
  echo "== BenchmarkDotNet done  load: $(cut -d' ' -f1-3 /proc/loadavg)   (full log: /tmp/workbench-bench.log, tables: $ART)"
  python3 - "$ART" <<'PY'
import csv, glob, re, sys
def ms(v):
    m = re.match(r'([\d.,]+)\s*(ns|μs|us|ms|s)', v.strip())
    if not m: return None
    x = float(m.group(1).replace(',', ''))
    return x * {'ns': 1e-6, 'μs': 1e-3, 'us': 1e-3, 'ms': 1, 's': 1000}[m.group(2)]
for path in sorted(glob.glob(sys.argv[1] + '/*-report.csv')):
    rows = list(csv.DictReader(open(path, encoding='utf-8-sig')))
    print(f"-- {path.split('/')[-1].replace('-report.csv', '')}")
    for r in rows:
        mean = ms(r.get('Mean', ''))
        line = f"   {r['Method']:<46} mean {r.get('Mean', '?'):>12}  error {r.get('Error', '?'):>12}  allocated {r.get('Allocated', '?'):>10}"
        if 'Ratio' in r and r['Ratio'] not in ('', '?'): line += f"  ratio {r['Ratio']}"
        if 'Pages' in r and mean and 'into one PDF' in r['Method']:
            line += f"  => {int(r['Pages']) / (mean / 1000):.0f} pages/s (target >= 1000)"
        print(line)
PY
fi

echo "== Stopwatch probe, 1000 certificates into one PDF (5 runs; the first includes JIT)"
dotnet "$DLL" probe certificates 1000 5
echo "== Export, 100k rows: bare / styled reference / ours interleaved over 10 rounds (medians; target ours <= 1.2x bare)"
dotnet "$DLL" probe export 10
echo "== Peak working set (fresh process each; target <= 100 MB)"
dotnet "$DLL" probe peak certificates 1000
dotnet "$DLL" probe peak export 100000
echo "== end  load: $(cut -d' ' -f1-3 /proc/loadavg)"
