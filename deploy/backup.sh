#!/usr/bin/env bash
# Back up the portal: a PostgreSQL custom-format dump (pg_dump -Fc) and an archive of the media
# folder, in BACKUP_DIR/asean-<UTC time>/ with their SHA-256 sums; backups older than
# BACKUP_RETENTION_DAYS days are then removed (the newest one is always kept).
# Environment (as in deploy/env.example): DATABASE_URL, MEDIA_ROOT, BACKUP_DIR,
# BACKUP_RETENTION_DAYS. With media on S3 (AWS_STORAGE_BUCKET_NAME) only the database is dumped:
# the bucket is backed up by its own versioning or replication.
# Restore with deploy/restore.sh <backup folder>.
set -euo pipefail
umask 077

: "${DATABASE_URL:?DATABASE_URL is not set (see deploy/env.example)}"
backup_dir=${BACKUP_DIR:-/var/backups/asean-portal}
retention_days=${BACKUP_RETENTION_DAYS:-14}
media_root=${MEDIA_ROOT:-/srv/asean/media}
case "$retention_days" in
    "" | 0 | *[!0-9]*) echo "BACKUP_RETENTION_DAYS must be a whole number of days (1 or more)" >&2; exit 2 ;;
esac

mkdir -p "$backup_dir"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
target="$backup_dir/asean-$stamp"
# Written under a temporary name and renamed when complete: a folder named asean-* is whole.
partial=$(mktemp -d "$backup_dir/.partial-$stamp.XXXXXX")
trap 'rm -rf "$partial"' EXIT

pg_dump --format=custom --compress=6 --file="$partial/database.dump" "$DATABASE_URL"
if [ -n "${AWS_STORAGE_BUCKET_NAME:-}" ]; then
    echo "Media are in the bucket $AWS_STORAGE_BUCKET_NAME: not archived here."
elif [ -d "$media_root" ]; then
    tar --create --gzip --file="$partial/media.tar.gz" --directory="$media_root" .
else
    echo "MEDIA_ROOT $media_root does not exist: no media archived." >&2
fi
(cd "$partial" && sha256sum -- * >SHA256SUMS)
mv "$partial" "$target"
trap - EXIT
echo "Backup written to $target"

# Retention: whole backups older than the limit, never the one just written.
find "$backup_dir" -mindepth 1 -maxdepth 1 -type d -name 'asean-*' -mtime "+$((retention_days - 1))" \
    ! -path "$target" -print -exec rm -rf {} + | sed 's/^/Removed old backup /'
