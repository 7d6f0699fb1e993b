#!/bin/sh
# Rolls Terugkeer out in order: namespace and configuration, PostgreSQL, the database roles,
# each service's migrations (waiting for each), then the services, the gateway and the frontends.
# The Secrets must exist first (README.md beside this directory, "Secrets").
#   IMAGE_PREFIX=registry.example.org/terugkeer IMAGE_TAG=1.4.0 sh infra/deploy/kubernetes/apply.sh
set -eu
cd "$(dirname "$0")"
prefix="${IMAGE_PREFIX:-terugkeer}"
tag="${IMAGE_TAG:-latest}"
# The manifests name terugkeer/<image>:latest; this points them at the images to roll out.
images() { sed -e "s#image: terugkeer/\([a-z-]*\):latest#image: $prefix/\1:$tag#" "$@"; }

kubectl apply -f 00-namespace.yaml -f 01-config.yaml -f 02-network-policies.yaml
if [ "${WITH_POSTGRES:-true}" = true ]; then
  kubectl apply -f postgres.yaml
  kubectl -n terugkeer rollout status statefulset/postgres --timeout=300s
  kubectl apply -f backup.yaml
fi

# A Job cannot be changed once made: each rollout runs a new one.
run_job() {
  kubectl -n terugkeer delete job "$1" --ignore-not-found --wait=true
  images "jobs/$1.yaml" | kubectl apply -f -
  kubectl -n terugkeer wait --for=condition=complete "job/$1" --timeout=600s
}
run_job database-roles
for service in case scheduling reporting; do run_job "$service-migrate"; done

for part in case scheduling reporting gateway frontends; do
  images "$part.yaml" | kubectl apply -f -
done
kubectl apply -f ingress.yaml
for part in case scheduling reporting gateway frontends; do
  kubectl -n terugkeer rollout status "deployment/$part" --timeout=300s
done
