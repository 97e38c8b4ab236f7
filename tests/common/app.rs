//! A whole ogoh server started in-process by `ogoh::server::launch` on port 0, with the shipped
//! rules and a test database, as crates.io's `TestApp` does: the same start-up as `ogoh serve`,
//! without a process or a fixed port.

use std::collections::HashMap;
use std::path::Path;

use ogoh::server::LaunchError;

use super::TestDb;

/// The secret every `TestApp` keys conversations with (`OGOH_SECRET`).
pub const SECRET: &str = "test-secret-for-the-in-process-server";

/// A running server; `stop` ends it as SIGTERM ends `ogoh serve`.
pub struct TestApp {
    /// `http://127.0.0.1:<port>`, no trailing slash.
    pub url: String,
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<Result<(), LaunchError>>,
}

/// Settings as environment variables, given to `Settings::from_vars` (the process
/// environment, which other tests share, is not touched).
pub struct TestAppBuilder {
    vars: HashMap<String, String>,
    /// Where the rules and locales are read and watched: the shipped ones unless `dirs` says.
    dirs: ogoh::server::Dirs,
    /// Whether the bot takes updates on `<url>/telegram/hook` (known once the port is bound).
    telegram_webhook: bool,
}

impl TestApp {
    /// A server on `db`, with a fixed secret and no bot.
    pub fn builder(db: &TestDb) -> TestAppBuilder {
        let vars = [
            ("DATABASE_URL", db.url.clone()),
            ("OGOH_DATA_DIR", db.dir.path().display().to_string()),
            ("OGOH_SECRET", SECRET.to_string()),
        ];
        TestAppBuilder {
            vars: vars.map(|(k, v)| (k.to_string(), v)).into(),
            dirs: ogoh::server::Dirs {
                rules: Path::new(env!("CARGO_MANIFEST_DIR")).join("rules"),
                locales: Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"),
            },
            telegram_webhook: false,
        }
    }

    /// Stops the server and returns how `launch` ended.
    pub async fn stop(self) -> Result<(), LaunchError> {
        let _ = self.stop.send(());
        self.task.await.expect("the server task panicked")
    }
}

impl TestAppBuilder {
    /// Sets one setting, named as its environment variable (README, "Settings").
    pub fn var(mut self, name: &str, value: &str) -> TestAppBuilder {
        self.vars.insert(name.to_string(), value.to_string());
        self
    }

    /// Serves (and watches) the rules and locales in these directories.
    pub fn dirs(mut self, rules: &Path, locales: &Path) -> TestAppBuilder {
        self.dirs = ogoh::server::Dirs {
            rules: rules.to_path_buf(),
            locales: locales.to_path_buf(),
        };
        self
    }

    /// Has the bot (`TELEGRAM_BOT_TOKEN` set) take its updates on this server's webhook route.
    pub fn telegram_webhook(mut self) -> TestAppBuilder {
        self.telegram_webhook = true;
        self
    }

    pub async fn start(mut self) -> TestApp {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("port");
        let url = format!("http://{}", listener.local_addr().expect("address"));
        if self.telegram_webhook {
            let hook = format!("{url}/telegram/hook");
            self = self.var("OGOH_TELEGRAM_WEBHOOK_URL", &hook);
        }
        let settings = ogoh::settings::Settings::from_vars(|name| self.vars.get(name).cloned())
            .expect("settings");
        let dirs = self.dirs;
        let engine = ogoh::engine::Engine::load(&dirs.rules, &dirs.locales)
            .unwrap_or_else(|d| panic!("{d:?}"));
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            let shutdown = async move {
                let _ = stopped.await;
            };
            ogoh::server::launch(&settings, engine, dirs, listener, shutdown).await
        });
        TestApp { url, stop, task }
    }
}
