#!/usr/bin/env bash
# Whole-process benchmarks of issue 7, each measured side by side with its
# baseline in one hyperfine invocation, so the ratios come from one run:
#
#   1. validate on 1,000 and 10,000 generated guides vs bare_deserialize
#      (examples/bare_deserialize.rs: serde_yaml into Guide, one thread);
#   2. start-up: --version, guides list, assess vs a hello-world clap binary's
#      --version (examples/hello_clap.rs);
#   3. match against 1,000 generated guides (target: under 0.4 s);
#   4. peak memory (maximum RSS from /usr/bin/time -v) of validate on 10,000
#      guides vs the baseline;
#   5. with --linters: validate next to yamllint and check-jsonschema (from
#      PyPI, in a venv in WORK_DIR) on the 1,000 guides; adds a few minutes.
#
# Usage: benches/whole_process.sh [--linters] [WORK_DIR]
#   WORK_DIR holds the corpora, the hyperfine JSON exports and summary.txt;
#   default: a new temporary directory, removed at the end.
# Needs: cargo, hyperfine (Debian package), /usr/bin/time (package `time`),
# python3 (with venv and pip for --linters).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

step() { printf '\n==> %s\n' "$*"; }

linters=0
if [ "${1:-}" = --linters ]; then
  linters=1
  shift
fi
if [ $# -ge 1 ]; then
  work=$1
  mkdir -p "$work"
  work=$(cd "$work" && pwd)
  keep=1
else
  work=$(mktemp -d)
  keep=0
fi
case "$work$root" in
  *[[:space:]]*)
    echo "whole_process.sh: paths with spaces are not supported ($work, $root)" >&2
    exit 2
    ;;
esac
if [ "$keep" = 0 ]; then
  trap 'rm -rf "$work"' EXIT
fi

install_debian() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    echo "whole_process.sh: please install: $*" >&2
    exit 2
  fi
}
command -v hyperfine >/dev/null || install_debian hyperfine
[ -x /usr/bin/time ] || install_debian time
command -v python3 >/dev/null || install_debian python3

step "machine"
echo "cpus: $(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine --version
rustc --version
if git -C "$root" rev-parse --git-dir >/dev/null 2>&1; then
  echo "source: $(git -C "$root" log -1 --format='%h %s'), $(git -C "$root" status --short -- src | wc -l) uncommitted change(s) in src/"
fi

step "build (release)"
cargo build --release --locked --bin careerctl \
  --example gen_corpus --example bare_deserialize --example hello_clap
target_dir=$(cargo metadata --format-version 1 --no-deps |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
# Copies, so that a concurrent `cargo build` cannot swap a binary mid-run.
mkdir -p "$work/bin"
cp "$target_dir/release/careerctl" "$target_dir/release/examples/gen_corpus" \
  "$target_dir/release/examples/bare_deserialize" "$target_dir/release/examples/hello_clap" \
  "$work/bin/"
bin=$work/bin/careerctl
ex=$work/bin

# Nothing from the user's environment: no user guides, no profile or history.
export CAREERCTL_HOME=$work/home XDG_CONFIG_HOME=$work/config
unset CAREERCTL_GUIDES
mkdir -p "$CAREERCTL_HOME" "$XDG_CONFIG_HOME"
answers=$root/tests/fixtures/answers/backend-mid.yaml
g1k=$work/guides-1000
g10k=$work/guides-10000

step "corpora"
for n in 1000 10000; do
  rm -rf "$work/guides-$n"
  "$ex/gen_corpus" "$n" "$work/guides-$n"
done
# hyperfine runs validate with -i (it exits 1 on findings); make sure there are none.
for dir in "$g1k" "$g10k"; do
  "$bin" validate --strict -q "$dir" ||
    { echo "whole_process.sh: the corpus in $dir has findings" >&2; exit 1; }
done
echo "both corpora pass validate --strict"
# Issue 15: the same 10,000 guides, each with a skill that no next step
# develops (its first skill copied under a new id and name, without
# aliases): one `skill-without-step` warning in every file.
w10k=$work/guides-10000-warnings
rm -rf "$w10k"
cp -r "$g10k" "$w10k"
python3 - "$w10k" <<'PY'
import os, re, sys
d = sys.argv[1]
for f in sorted(os.listdir(d)):
    p = os.path.join(d, f)
    t = open(p).read()
    start = t.index("\nskills:\n") + len("\nskills:\n")
    block = t[start:t.index("\n  - id:", start) + 1]
    block = re.sub(r"^  - id: .*$", "  - id: unplanned-skill", block, count=1, flags=re.M)
    block = re.sub(r"^    name: .*$", "    name: Unplanned Skill", block, count=1, flags=re.M)
    block = re.sub(r"^    aliases: .*\n", "", block, flags=re.M)
    i = t.index("\nnext_steps:")
    open(p, "w").write(t[:i + 1] + block + t[i + 1:])
PY
files_with=$("$bin" validate -q "$w10k" | cut -d: -f1 | sort -u | wc -l)
echo "warnings corpus: $files_with of 10000 files have findings"
[ "$files_with" = 10000 ] ||
  { echo "whole_process.sh: not every file of $w10k has a finding" >&2; exit 1; }

step "validate, 1,000 guides"
hyperfine -N -i --warmup 1 --runs 10 --export-json "$work/validate-1000.json" \
  -n bare_deserialize "$ex/bare_deserialize $g1k" \
  -n "validate -j 1" "$bin validate -j 1 -q $g1k" \
  -n validate "$bin validate -q $g1k"

step "validate, 10,000 guides"
hyperfine -N -i --warmup 1 --runs 5 --export-json "$work/validate-10000.json" \
  -n bare_deserialize "$ex/bare_deserialize $g10k" \
  -n "validate -j 1" "$bin validate -j 1 -q $g10k" \
  -n validate "$bin validate -q $g10k"

step "validate, 10,000 guides, a warning in every file"
hyperfine -N -i --warmup 1 --runs 5 --export-json "$work/validate-10000-warnings.json" \
  -n bare_deserialize "$ex/bare_deserialize $w10k" \
  -n "validate -j 1" "$bin validate -j 1 -q $w10k" \
  -n validate "$bin validate -q $w10k"

step "start-up"
hyperfine -N --warmup 20 --runs 300 --export-json "$work/startup.json" \
  -n "hello_clap --version" "$ex/hello_clap --version" \
  -n "careerctl --version" "$bin --version" \
  -n "guides list" "$bin guides list" \
  -n "assess --format json" "$bin assess backend-developer --answers $answers --format json --no-save"

step "match, 1,000 guides"
hyperfine -N --warmup 1 --runs 10 --export-json "$work/match-1000.json" \
  -n bare_deserialize "$ex/bare_deserialize $g1k" \
  -n match "$bin match --guides $g1k --answers $answers --format json"

step "peak memory, 10,000 guides (/usr/bin/time -v)"
rss() { # NAME COMMAND...: maximum resident set size in KiB, to $work/rss-NAME.txt
  local name=$1
  shift
  /usr/bin/time -v -o "$work/time-$name.txt" "$@" >/dev/null 2>&1 || true
  sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$work/time-$name.txt" \
    >"$work/rss-$name.txt"
  echo "$name: $(cat "$work/rss-$name.txt") KiB"
}
rss bare_deserialize "$ex/bare_deserialize" "$g10k"
rss validate-j1 "$bin" validate -j 1 -q "$g10k"
rss validate "$bin" validate -q "$g10k"
rss validate-warnings "$bin" validate -q "$w10k"

if [ "$linters" = 1 ]; then
  step "linters, 1,000 guides"
  python3 -m venv "$work/venv"
  "$work/venv/bin/pip" install -q yamllint check-jsonschema
  "$work/venv/bin/yamllint" --version
  "$work/venv/bin/check-jsonschema" --version
  # hyperfine -N splits on spaces, so the file list goes in expanded.
  files=$(printf '%s ' "$g1k"/*.yaml)
  # Slow tools, so few runs; -i: yamllint's default rules flag long lines.
  hyperfine -N -i --warmup 1 --runs 2 --export-json "$work/linters-1000.json" \
    -n bare_deserialize "$ex/bare_deserialize $g1k" \
    -n validate "$bin validate -q $g1k" \
    -n "validate -j 1" "$bin validate -j 1 -q $g1k" \
    -n yamllint "$work/venv/bin/yamllint -f parsable $g1k" \
    -n check-jsonschema "$work/venv/bin/check-jsonschema --schemafile $root/schemas/guide.schema.json $files"
fi

step "summary"
python3 - "$work" <<'EOF' | tee "$work/summary.txt"
import json, sys

work = sys.argv[1]


def load(name):
    with open(f"{work}/{name}.json") as f:
        return {r["command"]: r for r in json.load(f)["results"]}


def rss(name):
    with open(f"{work}/rss-{name}.txt") as f:
        return int(f.read().strip()) / 1024  # MiB


def ms(r):
    return f"{r['mean'] * 1000:9.1f} ms ± {r['stddev'] * 1000:6.1f}"


verdicts = []


def check(ok, text):
    verdicts.append(f"  [{'met ' if ok else 'MISS'}] {text}")


for n in ("1000", "10000", "10000-warnings"):
    res = load(f"validate-{n}")
    base = res["bare_deserialize"]
    print(f"validate, {n} guides (ratio to bare_deserialize, mean of hyperfine runs)")
    for name, r in res.items():
        print(f"  {name:<22} {ms(r)}   {r['mean'] / base['mean']:5.2f} x")
    if n == "10000":
        j1 = res["validate -j 1"]["mean"] / base["mean"]
        jn = res["validate"]["mean"] / base["mean"]
        check(j1 <= 1.25, f"validate -j 1 on 10,000 guides <= 1.25 x bare: {j1:.2f} x")
        check(jn <= 0.6, f"validate (all cores) on 10,000 guides <= 0.6 x bare: {jn:.2f} x")
        check(j1 <= 1.0, f"issue 15: clean, validate -j 1 <= 1.0 x bare: {j1:.2f} x")
        check(jn <= 0.55, f"issue 15: clean, validate (2 cores) <= 0.55 x bare: {jn:.2f} x")
    if n == "10000-warnings":
        j1 = res["validate -j 1"]["mean"] / base["mean"]
        jn = res["validate"]["mean"] / base["mean"]
        check(j1 <= 1.1, f"issue 15: warnings, validate -j 1 <= 1.1 x bare: {j1:.2f} x")
        check(jn <= 0.6, f"issue 15: warnings, validate (2 cores) <= 0.6 x bare: {jn:.2f} x")

res = load("startup")
base = res["hello_clap --version"]
print("start-up (ratio to hello_clap --version)")
for name, r in res.items():
    ratio = r["mean"] / base["mean"]
    print(f"  {name:<22} {ms(r)}   {ratio:5.2f} x")
    if name != "hello_clap --version":
        check(ratio <= 3, f"{name} <= 3 x hello_clap --version: {ratio:.2f} x")

res = load("match-1000")
m, base = res["match"], res["bare_deserialize"]
print("match, 1,000 guides")
for name, r in res.items():
    print(f"  {name:<22} {ms(r)}   {r['mean'] / base['mean']:5.2f} x bare_deserialize")
check(m["mean"] < 0.4, f"match on 1,000 guides < 0.4 s: {m['mean']:.3f} s")

print("peak memory (maximum RSS), 10,000 guides")
base = rss("bare_deserialize")
for name in ("bare_deserialize", "validate-j1", "validate", "validate-warnings"):
    mib = rss(name)
    print(f"  {name:<22} {mib:9.1f} MiB   {mib / base:5.2f} x")
    if name != "bare_deserialize":
        check(mib < 64, f"peak memory of {name} on 10,000 guides < 64 MiB: {mib:.1f} MiB")

try:
    res = load("linters-1000")
except FileNotFoundError:
    res = None
if res:
    base = res["bare_deserialize"]
    print("linters, 1,000 guides (ratio to bare_deserialize)")
    for name, r in res.items():
        print(f"  {name:<22} {ms(r)}   {r['mean'] / base['mean']:7.2f} x")

print("targets of issues 7 and 15")
print("\n".join(verdicts))
EOF

echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (a busy machine skews every figure, the 2-core ones most)"
echo "whole_process.sh took ${SECONDS} s; results in $work$([ "$keep" = 0 ] && echo ' (removed on exit)')"
