#!/bin/sh
# Starts MariaDB on /var/lib/mysql (a volume in the scenarios): a system database is created on first start only,
# so a data directory left by a crash is recovered by the server itself, as in production.
set -e
datadir=/var/lib/mysql
if [ ! -d "$datadir/mysql" ]; then
  mariadb-install-db --user=mysql --datadir="$datadir" --skip-test-db --skip-name-resolve >/dev/null
fi
chown -R mysql:mysql "$datadir"
mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
# The init file runs at every start, before clients are let in: the workload's user and database, idempotently.
exec mariadbd --user=mysql --datadir="$datadir" --bind-address=0.0.0.0 --skip-name-resolve \
  --init-file=/etc/mysql/chaosbench-init.sql "$@"
