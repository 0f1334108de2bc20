#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a throwaway PostgreSQL 15 cluster for the test suite (used by the ctest fixtures).
#
#   scripts/pg-test-cluster.sh start STATE_FILE
#   scripts/pg-test-cluster.sh stop  STATE_FILE
#
# `start` writes KESSAI_PG_DIR, KESSAI_PG_HOST (socket directory), KESSAI_PG_PORT and
# KESSAI_PG_USER to STATE_FILE; `stop` tears the cluster down and removes both.
# The server listens on a Unix socket only, so parallel clusters never fight over TCP ports.
# KESSAI_PG_DURABLE=1 starts it with an office server's durable settings (fsync, synchronous_commit
# and full_page_writes on) instead of the tests' fast ones: for benchmarks (scripts/bench.sh).
set -Eeuo pipefail

readonly PG_BIN=/usr/lib/postgresql/15/bin
# Only directories matching this are ever removed, so a corrupt state file cannot make us rm -rf elsewhere.
readonly DIR_PATTERN='^/tmp/kessai-pg\.[A-Za-z0-9]+$'

prog="pg-test-cluster"

# shellcheck source=pg-cluster-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/pg-cluster-common.sh"

# Stops the server of DIR (if any) and removes DIR. Never fails.
teardown_dir() {
    local dir=$1
    [[ "$dir" =~ $DIR_PATTERN ]] || return 0
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        run_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -s stop >/dev/null 2>&1 || true
        # Fallback if pg_ctl could not stop it: kill the postmaster, but only if that pid really is ours.
        local pid
        pid=$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)
        if [[ "$pid" =~ ^[0-9]+$ ]] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$dir/data"; then
            kill -KILL "$pid" 2>/dev/null || true
            sleep 0.5
        fi
    fi
    rm -rf -- "$dir"
}

# Cleans up whatever an earlier run left behind STATE_FILE.
teardown_state() {
    local file=$1 dir
    [[ -f "$file" ]] || return 0
    dir=$(state_value "$file" KESSAI_PG_DIR)
    if [[ -n "$dir" ]]; then
        teardown_dir "$dir"
    fi
    rm -f -- "$file"
}

# Picks a port whose socket file does not exist in any place a local server might use.
pick_port() {
    local port d taken
    for _ in $(seq 1 100); do
        port=$((54000 + RANDOM % 1000))
        taken=0
        for d in /tmp /var/run/postgresql /tmp/kessai-pg.*; do
            if [[ -e "$d/.s.PGSQL.$port" || -e "$d/.s.PGSQL.$port.lock" ]]; then
                taken=1
                break
            fi
        done
        if [[ $taken -eq 0 ]]; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

# Globals, not locals: the EXIT trap below reads them after cmd_start may have returned.
state="" dir="" port="" ok=0

cmd_start() {
    state=$1

    # Prints the logs that explain a failure, then the one-line reason last so it is easy to spot.
    die() {
        local f
        for f in "$dir/initdb.log" "$dir/log"; do
            if [[ -n "$dir" && -s "$f" ]]; then
                echo "---- tail of $f ----" >&2
                tail -n 40 "$f" >&2 || true
                echo "----" >&2
            fi
        done
        echo "$prog: error: $*" >&2
        exit 1
    }
    # Unexpected command failures get the same treatment as explicit ones.
    trap 'die "command failed at line $LINENO"' ERR
    # A half-started cluster must not leak: tear it down unless start completed.
    trap '[[ $ok -eq 1 ]] || { [[ -n "$dir" ]] && teardown_dir "$dir"; rm -f -- "$state"; }' EXIT
    trap 'exit 130' INT TERM

    [[ -x "$PG_BIN/initdb" ]] || die "PostgreSQL 15 is not installed ($PG_BIN/initdb missing)"
    if is_root; then
        id -u postgres >/dev/null 2>&1 || die "running as root but the 'postgres' OS user does not exist"
    fi

    # Stale cleanup: a previous run (e.g. an aborted ctest) may have left a server running.
    teardown_state "$state"

    dir=$(mktemp -d /tmp/kessai-pg.XXXXXX) || die "mktemp failed"
    chmod 0700 "$dir"
    if is_root; then
        chown postgres:postgres "$dir"
    fi

    port=$(pick_port) || die "no free port found in 54000-54999"

    # Written before the server starts so that a later start/stop can clean up even if we get killed.
    printf 'KESSAI_PG_DIR=%s\nKESSAI_PG_HOST=%s\nKESSAI_PG_PORT=%s\nKESSAI_PG_USER=postgres\n' \
        "$dir" "$dir" "$port" >"$state" || die "cannot write state file $state"

    # C.UTF-8: byte-order collation that is identical everywhere, while still UTF-8 for Japanese text.
    run_pg "$PG_BIN/initdb" -D "$dir/data" --locale=C.UTF-8 --encoding=UTF8 --auth=trust -U postgres \
        >"$dir/initdb.log" 2>&1 || die "initdb failed"

    # Members of kessai_password_login must log in with a password (scram-sha-256), as on an office
    # server; every other role stays trust. First match wins, so the line goes before initdb's.
    local hba="$dir/data/pg_hba.conf"
    { echo "local all +kessai_password_login scram-sha-256"; cat "$hba"; } >"$hba.new" || die "cannot write $hba"
    cat "$hba.new" >"$hba" && rm -f -- "$hba.new" || die "cannot write $hba"

    # Durability settings off: the cluster is thrown away, and tests run much faster without fsync.
    local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    if [[ "${KESSAI_PG_DURABLE:-0}" == 1 ]]; then
        durability="-c fsync=on -c synchronous_commit=on -c full_page_writes=on"
    fi
    run_pg "$PG_BIN/pg_ctl" -w -t 30 -s -D "$dir/data" -l "$dir/log" \
        -o "-k $dir -c listen_addresses='' -p $port $durability -c max_connections=200" \
        start >>"$dir/initdb.log" 2>&1 || die "pg_ctl start failed (port $port)"

    local ready=0
    for _ in $(seq 1 30); do
        if "$PG_BIN/pg_isready" -q -h "$dir" -p "$port"; then
            ready=1
            break
        fi
        sleep 0.5
    done
    [[ $ready -eq 1 ]] || die "server did not accept connections within 15 s (socket $dir, port $port)"

    local psql=("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres)
    local one
    one=$("${psql[@]}" -d postgres -Atc 'select 1' 2>&1) || die "psql cannot connect: $one"
    [[ "$one" == "1" ]] || die "unexpected answer to 'select 1': $one"

    # Kessai's group roles (kessai-cli server init makes them on an office server), made once
    # here so that the many test databases migrating in parallel never race to create them.
    local role
    for role in kessai_owner kessai_staff kessai_records_manager kessai_admin; do
        "${psql[@]}" -d postgres -c "CREATE ROLE $role NOLOGIN" >/dev/null 2>&1 \
            || die "cannot create the role $role"
    done

    # The group of the password tests' roles (tests/gui/tst_connectionpassworddialog).
    "${psql[@]}" -d postgres -c 'CREATE ROLE kessai_password_login NOLOGIN' >/dev/null 2>&1 \
        || die "cannot create the role kessai_password_login"

    # Every test database is created from template1, so they all get pg_trgm for similarity search.
    # The postgres database already exists (copied before this), so it gets the extension separately.
    local db out avail
    for db in template1 postgres; do
        if ! out=$("${psql[@]}" -d "$db" -c 'CREATE EXTENSION IF NOT EXISTS pg_trgm' 2>&1); then
            avail=$("${psql[@]}" -d "$db" -Atc "select count(*) from pg_available_extensions where name = 'pg_trgm'" 2>/dev/null || echo "?")
            if [[ "$avail" == "0" ]]; then
                echo "$prog: warning: pg_trgm extension is not available; tests that need it will fail" >&2
                break
            fi
            die "CREATE EXTENSION pg_trgm failed in $db: $out"
        fi
    done

    ok=1
    echo "$prog: PostgreSQL running (socket dir $dir, port $port)"
}

cmd_stop() {
    local state=$1
    # Stop must never fail the test run, even if the cluster is already gone.
    teardown_state "$state" || true
    return 0
}

[[ $# -eq 2 ]] || usage
case "$1" in
    start) cmd_start "$2" ;;
    stop) cmd_stop "$2" ;;
    *) usage ;;
esac
