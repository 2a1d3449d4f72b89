# Shared by the scripts: build paths and the demo's launch command.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VERSION="0.1.0-SNAPSHOT"
HOST_JAR="$ROOT/sm-membership-host-harness/target/sm-membership-host-harness-$VERSION-exec.jar"
INSTALL_FOLDER="$ROOT/sm-membership-demo/target/shopizer-ext"
DEMO_JAR="$ROOT/sm-membership-demo/target/sm-membership-demo-$VERSION.jar"

# Starts the stand-in host the way Shopizer is started, with the install folder and the demo data on loader.path.
start_demo() {
  local port="$1" log="$2"
  java -Dloader.path="$INSTALL_FOLDER,$DEMO_JAR" -Dserver.port="$port" \
    -cp "$HOST_JAR" org.springframework.boot.loader.PropertiesLauncher >"$log" 2>&1 &
  echo $!
}

wait_for_port() {
  local port="$1" pid="$2" seconds="${3:-120}"
  for _ in $(seq "$seconds"); do
    if curl -fs -o /dev/null "http://localhost:$port/api/v1/products"; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then return 1; fi
    sleep 1
  done
  return 1
}

install_browser() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then return 0; fi
  echo "Installing Chromium and ChromeDriver for the browser tests (Debian packages)..."
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
}
