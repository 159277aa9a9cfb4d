//! The connection: a URL (`postgresql://user:password@host:port/db?sslmode=require`, or libpq's
//! `key=value` form), else libpq's usual `PG*` environment variables; TLS when the server offers
//! it (`sslmode=prefer`, the default), demanded with `sslmode=require`, off with `disable`.

use super::error::ProducerError;
use postgres::config::{Host, SslMode};
use postgres::{Client, Config};
use std::str::FromStr;
use std::time::Duration;

/// The connection settings from `url`, or from the environment read by `env` when there is none.
pub fn settings(
    url: Option<&str>,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Config, ProducerError> {
    let mut config =
        match url {
            Some(url) => Config::from_str(url)
                .map_err(|e| ProducerError::Usage(format!("--database-url: {e}")))?,
            None => {
                let mut c = Config::new();
                c.host(&env("PGHOST").unwrap_or_else(|| "localhost".into()));
                if let Some(port) = env("PGPORT") {
                    c.port(port.parse().map_err(|_| {
                        ProducerError::Usage(format!("PGPORT={port} is not a port"))
                    })?);
                }
                c.user(
                    &env("PGUSER")
                        .or_else(|| env("USER"))
                        .unwrap_or_else(|| "postgres".into()),
                );
                if let Some(p) = env("PGPASSWORD") {
                    c.password(p);
                }
                if let Some(db) = env("PGDATABASE") {
                    c.dbname(&db);
                }
                if let Some(mode) = env("PGSSLMODE") {
                    c.ssl_mode(match mode.as_str() {
                        "disable" => SslMode::Disable,
                        "prefer" | "allow" => SslMode::Prefer,
                        "require" | "verify-ca" | "verify-full" => SslMode::Require,
                        other => {
                            return Err(ProducerError::Usage(format!(
                                "PGSSLMODE={other} is not a mode"
                            )))
                        }
                    });
                }
                if let Some(t) = env("PGCONNECT_TIMEOUT").and_then(|t| t.parse().ok()) {
                    c.connect_timeout(Duration::from_secs(t));
                }
                c
            }
        };
    if config.get_application_name().is_none() {
        config.application_name("dasbor-feed");
    }
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(Duration::from_secs(10));
    }
    Ok(config)
}

/// `user@host:port/db`, for messages (never the password).
pub fn describe(config: &Config) -> String {
    let host = match config.get_hosts().first() {
        Some(Host::Tcp(h)) => h.clone(),
        Some(Host::Unix(p)) => p.display().to_string(),
        None => "localhost".into(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    format!(
        "{}@{host}:{port}/{}",
        config.get_user().unwrap_or("?"),
        config
            .get_dbname()
            .unwrap_or(config.get_user().unwrap_or("?"))
    )
}

/// Connects, with TLS verified against the system's roots plus `root_cert` (a PEM file).
pub fn connect(
    config: &Config,
    root_cert: Option<&std::path::Path>,
) -> Result<Client, ProducerError> {
    let failed = |detail: String| ProducerError::Connect {
        target: describe(config),
        detail,
    };
    let mut tls = native_tls::TlsConnector::builder();
    if let Some(path) = root_cert {
        let pem = std::fs::read(path).map_err(|e| ProducerError::io(path, e))?;
        let cert = native_tls::Certificate::from_pem(&pem)
            .map_err(|e| failed(format!("{}: {e}", path.display())))?;
        tls.add_root_certificate(cert);
    }
    let tls = tls.build().map_err(|e| failed(e.to_string()))?;
    config
        .connect(postgres_native_tls::MakeTlsConnector::new(tls))
        .map_err(|e| {
            let detail = match e.as_db_error() {
                Some(db) => db.message().to_string(),
                None => {
                    let mut text = e.to_string();
                    let mut source = std::error::Error::source(&e);
                    while let Some(s) = source {
                        if !text.contains(&s.to_string()) {
                            text.push_str(&format!(": {s}"));
                        }
                        source = s.source();
                    }
                    text
                }
            };
            failed(detail)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_from_the_pg_environment() {
        let env = |k: &str| {
            match k {
                "PGHOST" => Some("db.kota.go.id"),
                "PGPORT" => Some("6432"),
                "PGUSER" => Some("dasbor"),
                "PGPASSWORD" => Some("rahasia"),
                "PGDATABASE" => Some("kesah"),
                "PGSSLMODE" => Some("require"),
                _ => None,
            }
            .map(String::from)
        };
        let c = settings(None, env).unwrap();
        assert_eq!(describe(&c), "dasbor@db.kota.go.id:6432/kesah");
        assert_eq!(c.get_ssl_mode(), SslMode::Require);
        assert_eq!(c.get_password(), Some(&b"rahasia"[..]));
        assert_eq!(c.get_application_name(), Some("dasbor-feed"));
        assert!(matches!(
            settings(None, |k| (k == "PGPORT").then(|| "x".into())),
            Err(ProducerError::Usage(_))
        ));
    }

    #[test]
    fn a_url_wins_and_its_password_is_never_shown() {
        let c = settings(
            Some("postgresql://kota:sandi@127.0.0.1:5433/feeds?sslmode=disable"),
            |_| Some("ignored".into()),
        )
        .unwrap();
        assert_eq!(describe(&c), "kota@127.0.0.1:5433/feeds");
        assert_eq!(c.get_ssl_mode(), SslMode::Disable);
    }
}
