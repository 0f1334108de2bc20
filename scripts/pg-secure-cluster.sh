#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a throwaway office server for the single sign-on and TLS tests (a ctest fixture):
# a real MIT Kerberos KDC, a self-signed CA with a certificate for "localhost", and a
# PostgreSQL 15 cluster on 127.0.0.1 with ssl=on and gss authentication.
#
#   scripts/pg-secure-cluster.sh start STATE_FILE
#   scripts/pg-secure-cluster.sh stop  STATE_FILE
#
# `start` writes KEY=VALUE lines to STATE_FILE (KESSAI_SPG_DIR, KRB5_CONFIG, KRB5CCNAME, the realm,
# host, port, CA file, the principals and their password, the databases); `stop` stops the KDC
# and the server and removes everything, also after a crash. Nothing outside the private folder is
# touched: the KDC and the clients read its krb5.conf (KRB5_CONFIG, KRB5_KDC_PROFILE) and tickets
# go to a private cache (KRB5CCNAME), never the machine's /etc/krb5.conf or /tmp/krb5cc_*.
set -Eeuo pipefail

readonly PG_BIN=/usr/lib/postgresql/15/bin
# Only directories matching this are ever removed, so a corrupt state file cannot make us rm -rf elsewhere.
readonly DIR_PATTERN='^/tmp/kessai-spg\.[A-Za-z0-9]+$'
readonly REALM=KESSAI.TEST
# The host name clients use: GSSAPI asks for the ticket of postgres/<that name>, and the
# certificate is for it (127.0.0.1 is "the wrong host name" for the TLS tests).
readonly HOST=localhost

prog="pg-secure-cluster"

# shellcheck source=pg-cluster-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/pg-cluster-common.sh"

# Whether PID is alive and was started with DIR on its command line (so it is ours to kill).
is_ours() {
    local pid=$1 dir=$2
    [[ "$pid" =~ ^[0-9]+$ ]] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$dir"
}

# Stops the KDC and the server of DIR (if any) and removes DIR. Never fails.
teardown_dir() {
    local dir=$1 pid
    [[ "$dir" =~ $DIR_PATTERN ]] || return 0
    if [[ -f "$dir/pg/data/postmaster.pid" ]]; then
        run_pg "$PG_BIN/pg_ctl" -D "$dir/pg/data" -m immediate -s stop >/dev/null 2>&1 || true
        pid=$(head -n 1 "$dir/pg/data/postmaster.pid" 2>/dev/null || true)
        if is_ours "$pid" "$dir"; then
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    if [[ -f "$dir/kdc/krb5kdc.pid" ]]; then
        pid=$(head -n 1 "$dir/kdc/krb5kdc.pid" 2>/dev/null | tr -d '[:space:]' || true)
        if is_ours "$pid" "$dir"; then
            kill -TERM "$pid" 2>/dev/null || true
            for _ in $(seq 1 20); do
                is_ours "$pid" "$dir" || break
                sleep 0.1
            done
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    rm -rf -- "$dir"
}

# Cleans up whatever an earlier run left behind STATE_FILE.
teardown_state() {
    local file=$1 dir
    [[ -f "$file" ]] || return 0
    dir=$(state_value "$file" KESSAI_SPG_DIR)
    if [[ -n "$dir" ]]; then
        teardown_dir "$dir"
    fi
    rm -f -- "$file"
}

# Whether anything listens on (or is bound to) local TCP or UDP port $1.
port_in_use() {
    local hex
    hex=$(printf ':%04X ' "$1")
    grep -qi -- "$hex" /proc/net/tcp /proc/net/tcp6 /proc/net/udp /proc/net/udp6 2>/dev/null
}

# A random port in 55000-59999 that nothing uses and that is not $1.
pick_port() {
    local port
    for _ in $(seq 1 100); do
        port=$((55000 + RANDOM % 5000))
        if [[ "$port" != "${1:-}" ]] && ! port_in_use "$port"; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

random_secret() { head -c 18 /dev/urandom | base64 | tr -d '/+='; }

# Globals, not locals: the EXIT trap below reads them after cmd_start may have returned.
state="" dir="" ok=0

cmd_start() {
    state=$1

    # Prints the logs that explain a failure, then the one-line reason last so it is easy to spot.
    die() {
        local f
        for f in "$dir/setup.log" "$dir/kdc/kdc.log" "$dir/pg/log"; do
            if [[ -n "$dir" && -s "$f" ]]; then
                echo "---- tail of $f ----" >&2
                tail -n 40 "$f" >&2 || true
                echo "----" >&2
            fi
        done
        echo "$prog: error: $*" >&2
        exit 1
    }
    trap 'die "command failed at line $LINENO"' ERR
    # A half-started server must not leak: tear it down unless start completed.
    trap '[[ $ok -eq 1 ]] || { [[ -n "$dir" ]] && teardown_dir "$dir"; rm -f -- "$state"; }' EXIT
    trap 'exit 130' INT TERM

    [[ -x "$PG_BIN/initdb" ]] || die "PostgreSQL 15 is not installed ($PG_BIN/initdb missing)"
    local tool
    for tool in krb5kdc kdb5_util kadmin.local kinit openssl; do
        command -v "$tool" >/dev/null || [[ -x "/usr/sbin/$tool" ]] ||
            die "$tool is missing: run scripts/install-deps.sh (krb5-kdc, krb5-admin-server, krb5-user, openssl)"
    done
    export PATH="$PATH:/usr/sbin"
    if is_root; then
        id -u postgres >/dev/null 2>&1 || die "running as root but the 'postgres' OS user does not exist"
    fi

    teardown_state "$state"

    dir=$(mktemp -d /tmp/kessai-spg.XXXXXX) || die "mktemp failed"
    # Others may enter (postgres reads krb5.conf) but not list; the secrets live in 0700 subfolders.
    chmod 0711 "$dir"
    mkdir -m 0700 "$dir/kdc" "$dir/ca" "$dir/pg"
    if is_root; then
        chown postgres:postgres "$dir/pg"
    fi

    local kdc_port pg_port
    kdc_port=$(pick_port) || die "no free port for the KDC"
    pg_port=$(pick_port "$kdc_port") || die "no free port for PostgreSQL"
    local password
    password=$(random_secret)

    # Written first, so that a later start/stop cleans up even if we get killed half-way.
    {
        echo "KESSAI_SPG_DIR=$dir"
        echo "KRB5_CONFIG=$dir/krb5.conf"
        echo "KRB5CCNAME=FILE:$dir/ccache"
        echo "KESSAI_SPG_REALM=$REALM"
        echo "KESSAI_SPG_HOST=$HOST"
        echo "KESSAI_SPG_PORT=$pg_port"
        echo "KESSAI_SPG_SOCKET=$dir/pg"
        echo "KESSAI_SPG_CA=$dir/ca.pem"
        echo "KESSAI_SPG_OTHER_CA=$dir/other-ca.pem"
        echo "KESSAI_SPG_KRB_USER=krbclerk"
        echo "KESSAI_SPG_KRB_DB=krbdb"
        echo "KESSAI_SPG_TLS_USER=tlsclerk"
        echo "KESSAI_SPG_TLS_DB=tlsdb"
        echo "KESSAI_SPG_PASSWORD=$password"
        echo "KESSAI_SPG_KDC_PORT=$kdc_port"
    } >"$state" || die "cannot write state file $state"

    # ---- Kerberos: a private realm on its own port. TCP only, so one port check is enough.
    cat >"$dir/krb5.conf" <<EOF
[libdefaults]
    default_realm = $REALM
    dns_lookup_kdc = false
    dns_lookup_realm = false
    dns_canonicalize_hostname = false
    rdns = false
    udp_preference_limit = 1
    default_ccache_name = FILE:$dir/ccache
[realms]
    $REALM = {
        kdc = 127.0.0.1:$kdc_port
    }
[domain_realm]
    $HOST = $REALM
EOF
    chmod 0644 "$dir/krb5.conf"
    cat >"$dir/kdc/kdc.conf" <<EOF
[kdcdefaults]
    kdc_listen = 127.0.0.1:$kdc_port
    kdc_tcp_listen = 127.0.0.1:$kdc_port
[realms]
    $REALM = {
        database_name = $dir/kdc/principal
        key_stash_file = $dir/kdc/stash
        acl_file = $dir/kdc/kadm5.acl
        max_life = 10h
        max_renewable_life = 0
        supported_enctypes = aes256-cts-hmac-sha1-96:normal aes128-cts-hmac-sha1-96:normal
    }
[logging]
    kdc = FILE:$dir/kdc/kdc.log
EOF
    : >"$dir/kdc/kadm5.acl"
    export KRB5_CONFIG="$dir/krb5.conf" KRB5_KDC_PROFILE="$dir/kdc/kdc.conf" KRB5CCNAME="FILE:$dir/ccache"

    kdb5_util create -s -r "$REALM" -P "$(random_secret)" >"$dir/setup.log" 2>&1 || die "kdb5_util create failed"
    kadmin.local -r "$REALM" -q "addprinc -randkey postgres/$HOST" >>"$dir/setup.log" 2>&1 ||
        die "cannot add the service principal"
    kadmin.local -r "$REALM" -q "ktadd -k $dir/pg/postgres.keytab postgres/$HOST" >>"$dir/setup.log" 2>&1 ||
        die "cannot write the keytab"
    kadmin.local -r "$REALM" -q "addprinc -pw $password krbclerk" >>"$dir/setup.log" 2>&1 ||
        die "cannot add the test principal"
    if is_root; then
        chown postgres:postgres "$dir/pg/postgres.keytab"
    fi
    chmod 0600 "$dir/pg/postgres.keytab"

    # Output goes to files: ctest waits for a fixture's pipes, so a daemon must not inherit them.
    krb5kdc -P "$dir/kdc/krb5kdc.pid" </dev/null >>"$dir/setup.log" 2>&1 || die "krb5kdc did not start"

    # ---- TLS: a CA of its own, a certificate for localhost signed by it, and an unrelated CA.
    local ssl=(openssl req -x509 -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -days 2)
    "${ssl[@]}" -subj "/CN=Kessai Test CA" -keyout "$dir/ca/ca.key" -out "$dir/ca.pem" \
        -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
        >>"$dir/setup.log" 2>&1 || die "cannot make the CA"
    "${ssl[@]}" -subj "/CN=Some Other CA" -keyout "$dir/ca/other.key" -out "$dir/other-ca.pem" \
        >>"$dir/setup.log" 2>&1 || die "cannot make the other CA"
    openssl req -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -subj "/CN=$HOST" \
        -keyout "$dir/pg/server.key" -out "$dir/ca/server.csr" >>"$dir/setup.log" 2>&1 ||
        die "cannot make the server key"
    printf 'subjectAltName=DNS:%s\nextendedKeyUsage=serverAuth\n' "$HOST" >"$dir/ca/server.ext"
    openssl x509 -req -in "$dir/ca/server.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca/ca.key" -CAcreateserial \
        -days 2 -extfile "$dir/ca/server.ext" -out "$dir/pg/server.crt" >>"$dir/setup.log" 2>&1 ||
        die "cannot sign the server certificate"
    chmod 0644 "$dir/ca.pem" "$dir/other-ca.pem"
    chmod 0600 "$dir/pg/server.key"
    if is_root; then
        chown postgres:postgres "$dir/pg/server.key" "$dir/pg/server.crt"
    fi

    # ---- PostgreSQL: TCP on 127.0.0.1 (what the tests use) and a socket for the set-up below.
    run_pg "$PG_BIN/initdb" -D "$dir/pg/data" --locale=C.UTF-8 --encoding=UTF8 --auth=trust -U postgres \
        >>"$dir/setup.log" 2>&1 || die "initdb failed"
    cat >"$dir/pg/data/pg_hba.conf" <<EOF
# TYPE     DATABASE  USER      ADDRESS       METHOD
local      all       postgres                trust
# Single sign-on, as docs/deployment.md has it: encrypted by Kerberos or by TLS, the role being the
# principal's name without the realm, and only this realm.
hostgssenc krbdb     krbclerk  127.0.0.1/32  gss include_realm=0 krb_realm=$REALM
hostssl    krbdb     krbclerk  127.0.0.1/32  gss include_realm=0 krb_realm=$REALM
# The TLS tests: only over TLS, no password (what is tested is the certificate check).
hostssl    tlsdb     tlsclerk  127.0.0.1/32  trust
host       all       all       0.0.0.0/0     reject
host       all       all       ::/0          reject
EOF
    run_pg env KRB5_CONFIG="$dir/krb5.conf" "$PG_BIN/pg_ctl" -w -t 30 -s -D "$dir/pg/data" -l "$dir/pg/log" \
        -o "-k $dir/pg -c listen_addresses='127.0.0.1' -p $pg_port -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c ssl=on -c ssl_cert_file='$dir/pg/server.crt' -c ssl_key_file='$dir/pg/server.key' -c krb_server_keyfile='FILE:$dir/pg/postgres.keytab'" \
        start >>"$dir/setup.log" 2>&1 || die "pg_ctl start failed (port $pg_port)"

    local psql=("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/pg" -p "$pg_port" -U postgres -d postgres)
    local out
    # Kessai's group roles, as kessai-cli server init makes them on an office server: the
    # first store is then created by a database owner who is not a superuser.
    out=$("${psql[@]}" -c 'CREATE ROLE kessai_owner NOLOGIN' -c 'CREATE ROLE kessai_staff NOLOGIN' \
        -c 'CREATE ROLE kessai_records_manager NOLOGIN' -c 'CREATE ROLE kessai_admin NOLOGIN' 2>&1) ||
        die "cannot create Kessai's group roles: $out"
    out=$("${psql[@]}" -c 'CREATE ROLE krbclerk LOGIN' -c 'CREATE ROLE tlsclerk LOGIN' \
        -c 'CREATE DATABASE krbdb OWNER krbclerk' -c 'CREATE DATABASE tlsdb OWNER tlsclerk' 2>&1) ||
        die "cannot create the roles and databases: $out"

    # The whole chain once, so that a broken set-up fails here and not in every test.
    echo "$password" | kinit krbclerk >>"$dir/setup.log" 2>&1 || die "kinit krbclerk failed"
    out=$("$PG_BIN/psql" -X "host=$HOST port=$pg_port dbname=krbdb user=krbclerk gssencmode=require" \
        -Atc 'select session_user' 2>&1) || die "Kerberos login does not work: $out"
    [[ "$out" == krbclerk ]] || die "Kerberos login gave session_user '$out'"
    kdestroy >/dev/null 2>&1 || true

    ok=1
    echo "$prog: KDC for $REALM on port $kdc_port, PostgreSQL with TLS and GSSAPI on $HOST:$pg_port ($dir)"
}

cmd_stop() {
    local state=$1
    # Stop must never fail the test run, even if everything is already gone.
    teardown_state "$state" || true
    return 0
}

[[ $# -eq 2 ]] || usage
case "$1" in
    start) cmd_start "$2" ;;
    stop) cmd_stop "$2" ;;
    *) usage ;;
esac
