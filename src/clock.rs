//! Time stamps: stored as RFC 3339 UTC with milliseconds, shown to people as
//! local time to the minute.

/// Now, as stored in reports and the profile: `2026-11-29T10:15:30.123Z`.
pub fn now() -> String {
    humantime::format_rfc3339_millis(std::time::SystemTime::now()).to_string()
}

/// `2026-11-29T10:15:30.123Z` as local time to the minute (`2026-11-29 11:15`
/// in Berlin; `TZ` is honoured). A stamp that does not parse is returned as it is.
pub fn local_minute(rfc3339: &str) -> String {
    match rfc3339.parse::<jiff::Timestamp>() {
        Ok(t) => t
            .to_zoned(jiff::tz::TimeZone::system())
            .strftime("%Y-%m-%d %H:%M")
            .to_string(),
        Err(_) => rfc3339.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_minutes() {
        let t = "2026-11-29T10:15:30.123Z"
            .parse::<jiff::Timestamp>()
            .unwrap();
        let berlin = jiff::tz::TimeZone::get("Europe/Berlin");
        if let Ok(tz) = berlin {
            assert_eq!(
                t.to_zoned(tz).strftime("%Y-%m-%d %H:%M").to_string(),
                "2026-11-29 11:15"
            );
        }
        assert_eq!(local_minute("not a time"), "not a time");
        assert_eq!(local_minute("2026-11-29T10:15:30.123Z").len(), 16);
    }
}
