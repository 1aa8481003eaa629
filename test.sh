#!/usr/bin/env bash
# Workbench test command: installs what a fresh machine lacks, builds, runs every test
# (unit, component, integration and real-browser), and ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

need=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
ls /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc >/dev/null 2>&1 || need+=(fonts-noto-cjk)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "== 安装缺少的系统软件包: ${need[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null \
      || echo "!! apt-get 安装失败：${need[*]}（浏览器测试将失败）"
  else
    echo "!! 缺少系统软件包：${need[*]}。请以 root 运行本脚本，或先执行：sudo apt-get install -y ${need[*]}"
  fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results=TestResults
rm -rf "$results"
echo "== 构建"
if ! dotnet build Workbench.sln -c Release -nologo -v q; then
  echo "构建失败"
  echo "0 passed, 1 failed"
  exit 1
fi
echo "== 测试"
dotnet test Workbench.sln -c Release --no-build -nologo -v q \
  --logger "trx;LogFileName=results.trx" --logger "console;verbosity=minimal" \
  --results-directory "$results" -- RunConfiguration.TestSessionTimeout=1500000
code=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$code" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
