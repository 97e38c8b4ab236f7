//! Prometheus metrics: one recorder for the whole process, installed at start-up before the
//! first request or update is counted, and rendered by `/metrics`.

use std::sync::OnceLock;

use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};

static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

/// Installs the recorder; later calls do nothing. Counts made before it are lost, so every
/// entry point (the web app, the bot) calls it first.
pub fn install() {
    HANDLE.get_or_init(|| {
        let recorder = PrometheusBuilder::new().build_recorder();
        let handle = recorder.handle();
        // Fails only if another recorder was set first; metrics then go there.
        let _ = metrics::set_global_recorder(recorder);
        handle
    });
}

/// The metrics in Prometheus' text format (empty before `install`).
pub fn render() -> String {
    HANDLE
        .get()
        .map(PrometheusHandle::render)
        .unwrap_or_default()
}
