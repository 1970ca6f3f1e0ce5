//! The browser's clock and calendar: the only place that reads the time, so that every page
//! agrees on what "now" and "today" are.

use crate::review::Clock;
use wasm_bindgen::JsValue;

/// The current time and time zone.
pub fn now() -> Clock {
    let date = js_sys::Date::new_0();
    Clock {
        now: (date.get_time() / 1000.0).floor() as i64,
        offset: -(date.get_timezone_offset() as i64) * 60,
    }
}

/// Milliseconds since the epoch, for timers that count less than a second.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// The offset east of UTC (seconds) in force at a moment, from the browser's time-zone data,
/// so days are counted as the user lived them across daylight-saving changes.
pub fn offset_at(secs: i64) -> i64 {
    let date = js_sys::Date::new(&JsValue::from_f64(secs as f64 * 1000.0));
    -(date.get_timezone_offset() as i64) * 60
}

/// A moment as the user's browser writes dates and times in their locale.
pub fn local_time(secs: i64) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(secs as f64 * 1000.0));
    String::from(date.to_locale_string("default", &JsValue::UNDEFINED))
}

/// A day as the user's browser writes it in full ("1 December 2026"), for printed covers.
pub fn local_date(secs: i64) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(secs as f64 * 1000.0));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    String::from(date.to_locale_date_string("default", &options))
}
