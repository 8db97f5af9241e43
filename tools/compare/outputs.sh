#!/usr/bin/env bash
# Runs every command line of commands.txt with two `decouple` binaries (say, one built from an
# older commit and one from this tree) on an empty store each, and lists the command lines whose
# standard output or exit status differ. Used to show that a refactor changes no output.
#
#   tools/compare/outputs.sh OLD_BINARY NEW_BINARY
set -euo pipefail
old=$1
new=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() { # binary folder
  mkdir -p "$2/data"
  local i=0
  while read -r line; do
    i=$((i + 1))
    # shellcheck disable=SC2086
    XDG_DATA_HOME="$2/data" "$1" $line >"$2/$i.out" 2>"$2/$i.err" && echo 0 >"$2/$i.rc" \
      || echo $? >"$2/$i.rc"
  done <"$here/commands.txt"
}
run "$old" "$work/old"
run "$new" "$work/new"
i=0
same=0
while read -r line; do
  i=$((i + 1))
  if cmp -s "$work/old/$i.out" "$work/new/$i.out" && cmp -s "$work/old/$i.rc" "$work/new/$i.rc"; then
    same=$((same + 1))
  else
    echo "differs: decouple $line ($(diff "$work/old/$i.out" "$work/new/$i.out" | grep -c '^[<>]') lines)"
  fi
done <"$here/commands.txt"
echo "$same of $i command lines print the same output and exit status."
