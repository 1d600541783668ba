# Sourced by bin/build-image and bin/smoke-two-replicas: runs podman the way it works on machines
# without Docker (Debian's podman 4.3), unless the caller chose otherwise.
#
# CAREFILE_PODMAN_OPTIONS  global podman options; default "--runtime runc --cgroup-manager=cgroupfs"
#                          (Debian's default runtime, crun, fails on some cgroup layouts and rlimits)
# CONTAINERS_CONF          podman's containers.conf; default target/image/containers.conf, which
#                          clears the default ulimits that runc could not apply there

if ! command -v podman >/dev/null 2>&1; then
  echo "podman is not installed (Debian: apt-get install -y podman runc)." >&2
  exit 1
fi

podman_options="${CAREFILE_PODMAN_OPTIONS---runtime runc --cgroup-manager=cgroupfs}"
if [[ -z "${CONTAINERS_CONF:-}" ]]; then
  mkdir -p target/image
  printf '[containers]\ndefault_ulimits = []\n' >target/image/containers.conf
  export CONTAINERS_CONF="$PWD/target/image/containers.conf"
fi

run_podman() {
  # shellcheck disable=SC2086 # the options are words on purpose
  podman $podman_options "$@"
}
