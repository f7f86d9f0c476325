#!/usr/bin/env bash
# Restore a backup made by deploy/backup.sh: checks the SHA-256 sums, replaces the database
# with the dump (drop, create, pg_restore) and the media folder with the archive. Stop the app
# servers and workers first; start them again afterwards.
#   deploy/restore.sh /var/backups/asean-portal/asean-20261129T023000Z --yes
# Environment: DATABASE_URL, MEDIA_ROOT, and optionally ADMIN_DATABASE_URL, a connection
# allowed to drop and create the database (default: DATABASE_URL's server and user, database
# "postgres"; the user then needs CREATEDB, see deploy/README.md). The media folder being replaced is kept beside it as <MEDIA_ROOT>.before-<time>.
set -euo pipefail
umask 022

usage() { echo "usage: $0 <backup folder> --yes" >&2; exit 2; }
[ $# -eq 2 ] && [ "$2" = --yes ] || usage
source_dir=${1%/}
: "${DATABASE_URL:?DATABASE_URL is not set (see deploy/env.example)}"
media_root=${MEDIA_ROOT:-/srv/asean/media}
[ -f "$source_dir/database.dump" ] || { echo "$source_dir has no database.dump" >&2; exit 1; }

(cd "$source_dir" && sha256sum --check --quiet SHA256SUMS) \
    || { echo "Checksums do not match: the backup is damaged; nothing was changed." >&2; exit 1; }
# Refuse a dump pg_restore cannot read before anything is dropped.
pg_restore --list "$source_dir/database.dump" >/dev/null

# postgres://user:pass@host:port/name?options -> name, and the same server's "postgres" database.
without_query=${DATABASE_URL%%\?*}
database=${without_query##*/}
admin_url=${ADMIN_DATABASE_URL:-${without_query%/*}/postgres}
[ -n "$database" ] || { echo "DATABASE_URL names no database" >&2; exit 1; }
quoted=${database//\"/\"\"}
# The restored database belongs to DATABASE_URL's user, as the original did.
owner_clause=""
rest=${without_query#*://}
if [[ $rest == *@* ]]; then
    owner=${rest%%@*}
    owner=${owner%%:*}
    if [ -n "$owner" ]; then owner_clause=" OWNER \"${owner//\"/\"\"}\""; fi
fi

echo "Replacing database $database"
psql --quiet --no-psqlrc --set ON_ERROR_STOP=1 "$admin_url" \
    -c "DROP DATABASE IF EXISTS \"$quoted\" WITH (FORCE)" \
    -c "CREATE DATABASE \"$quoted\"$owner_clause"
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction \
    --dbname="$DATABASE_URL" "$source_dir/database.dump"

if [ -f "$source_dir/media.tar.gz" ]; then
    echo "Replacing media in $media_root"
    parent=$(dirname "$media_root")
    mkdir -p "$parent"
    incoming=$(mktemp -d "$parent/.restore-media.XXXXXX")
    tar --extract --gzip --file="$source_dir/media.tar.gz" --directory="$incoming"
    chmod 755 "$incoming"
    if [ -e "$media_root" ]; then
        kept="$media_root.before-$(date -u +%Y%m%dT%H%M%SZ)"
        mv "$media_root" "$kept"
        echo "Previous media kept in $kept"
    fi
    mv "$incoming" "$media_root"
fi
echo "Restored from $source_dir"
