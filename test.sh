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

# PostgreSQL for the second pass of the data and integration tests: the image's server binaries (or apt's), a cluster in
# a temp folder on a free loopback port, stopped and deleted at the end whatever happens.
pg_bin=$(command -v pg_ctl >/dev/null 2>&1 && dirname "$(command -v pg_ctl)" || ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -1)
if [ -z "$pg_bin" ] && [ "$(id -u)" = 0 ]; then
  echo "== 安装 PostgreSQL（apt）"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -1)
fi
pg_dir=""; pg_port=""
stop_pg() { [ -n "$pg_dir" ] && { run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1; rm -rf "$pg_dir"; }; }
run_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; else "$@"; fi; }
trap stop_pg EXIT
if [ -n "$pg_bin" ]; then
  pg_dir=$(mktemp -d /tmp/workbench-pg.XXXXXX); chmod 755 "$pg_dir"
  [ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
  pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  if run_pg "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres >"$pg_dir/initdb.log" 2>&1 \
     && run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -w -l "$pg_dir/server.log" \
          -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null; then
    echo "== PostgreSQL 已启动：127.0.0.1:$pg_port"
  else
    echo "!! PostgreSQL 启动失败（见 $pg_dir/*.log），PostgreSQL 测试将失败"; cat "$pg_dir"/*.log 2>/dev/null | tail -5
  fi
else
  echo "!! 没有 PostgreSQL 服务器程序（pg_ctl）：请以 root 运行本脚本，或先执行 sudo apt-get install -y postgresql"
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

echo "== 数据与集成测试 · PostgreSQL"
if [ -n "$pg_port" ]; then
  WORKBENCH_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres" \
  dotnet test Workbench.Tests -c Release --no-build -nologo -v q \
    --filter "FullyQualifiedName~Workbench.Tests.Data|FullyQualifiedName~Workbench.Tests.Integration|FullyQualifiedName~Workbench.Tests.Supervision" \
    --logger "trx;LogFileName=postgres.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" -- RunConfiguration.TestSessionTimeout=1200000
  pg_code=$?
  [ "$pg_code" -ne 0 ] && code=$pg_code
else
  echo "!! 未能启动 PostgreSQL，PostgreSQL 测试记为失败"; code=1
fi

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
