//! Locale-aware formatting of dates, times and numbers from CLDR data (ICU4X, compiled
//! data) and its integration into Project Fluent (`fluent-bundle` 0.16).
//!
//! # Overview
//!
//! * [`cldr_locale`] / [`cldr_icu_locale`] map a project language code (e.g. `prs`) to the
//!   CLDR locale used for formatting and plural rules (e.g. `fa-AF`).
//! * [`parse_temporal`] recognises dates (`2023-03-14`), times (`18:00`) and date-times
//!   (`2023-03-14 18:00`) in YAML variable strings.
//! * [`format_temporal`] and [`format_number`] format them in a locale's conventions.
//! * [`install`] wires everything into a [`FluentBundle`]; [`with_locale`] lets it format
//!   in a locale with extension keywords:
//!   `DATETIME()`, `NUMBER()` and a bundle formatter that formats every number and every
//!   [`FluentTemporal`] locale-aware.
//!
//! # Locale coverage (ICU4X 2.4 compiled data, CLDR 49)
//!
//! | code  | what ICU4X has                                                          |
//! |-------|--------------------------------------------------------------------------|
//! | `ti`  | full data (Ethiopic-script month names, 12-hour clock, Latin digits)     |
//! | `ps`  | full data (Persian digits; CLDR's default calendar is Solar Hijri)       |
//! | `ckb` | full data (Arabic-Indic digits, 12-hour clock)                           |
//! | `ku`  | full data (Kurmanji, Latin script)                                       |
//! | `kmr` | **no data**: root fallback (`2023 M03 14, Tue`), so mapped to `ku`       |
//! | `prs` | **no data**: root fallback (`2023 M03 14, Tue`), so mapped to `fa-AF`    |
//!
//! ICU4X never fails for an unknown language: it silently uses the root locale (ISO-like
//! patterns, English-ish abbreviations, Latin digits). That is why the table in
//! [`cldr_locale`] exists; any new language should be checked with [`format_temporal`].
//!
//! # Decisions
//!
//! * **Calendar:** dates are always shown in the Gregorian calendar unless the locale asks
//!   for another one explicitly with a `-u-ca-` keyword (e.g. `fa-AF-u-ca-persian`). CLDR's
//!   default calendar for `fa`, `fa-AF` and `ps` is the Solar Hijri calendar, which would
//!   print a *different day number and month* than the German column beside it.
//! * **Digits:** the CLDR default numbering system of the locale is used. Note that in the
//!   CLDR data of ICU4X 2.4 plain `ar` defaults to *Latin* digits; Arabic-Indic digits need a region that
//!   uses them (`ar-SY`, `ar-IQ`, `ar-EG`, ...) or the keyword `ar-u-nu-arab`. `fa`, `fa-AF`
//!   and `ps` use Persian digits, `ckb` Arabic-Indic digits.
//! * **Hour cycle:** CLDR's (12-hour for `en`, `ar`, `ti`, `ckb`); override with `-u-hc-h23`.
//! * **Unicode extension keywords** (`-u-nu-…`, `-u-ca-…`, `-u-hc-…`) cannot be stored in a
//!   [`unic_langid::LanguageIdentifier`] (which is what Fluent bundles are keyed by), so
//!   [`cldr_locale`] drops them; use [`cldr_icu_locale`] + [`with_locale`] to keep them.

use std::borrow::{Borrow, Cow};
use std::fmt;
use std::str::FromStr;

use fluent_bundle::types::{FluentNumber, FluentNumberOptions, FluentType};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use icu::datetime::fieldsets::enums::{
    CompositeDateTimeFieldSet, DateAndTimeFieldSet, DateFieldSet, TimeFieldSet,
};
use icu::datetime::fieldsets::{T, YMD, YMDE, YMDET, YMDT};
use icu::datetime::input::{Date, DateTime, Time};
use icu::datetime::options::TimePrecision;
use icu::datetime::preferences::CalendarAlgorithm;
use icu::datetime::{DateTimeFormatter, DateTimeFormatterPreferences};
use icu::decimal::input::Decimal;
use icu::decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu::decimal::DecimalFormatter;
use icu::locale::subtags::{language, region};
use icu::locale::Locale;
use intl_memoizer::{IntlLangMemoizer, Memoizable};
use unic_langid::LanguageIdentifier;

// ---------------------------------------------------------------------------------------
// Locales
// ---------------------------------------------------------------------------------------

/// Parses `tag` as a BCP 47 locale (extensions allowed) and applies the built-in table of
/// project language codes that CLDR does not know under that code.
fn map_locale(tag: &str) -> Result<Locale, String> {
    // Accept POSIX-style separators (`de_AT`) as unic-langid does; ICU only takes `-`.
    let mut locale = Locale::try_from_str(&tag.replace('_', "-"))
        .map_err(|e| format!("invalid locale {tag:?}: {e}"))?;
    let id = &mut locale.id;
    if id.language == language!("prs") {
        // Dari has no CLDR data of its own; CLDR models it as Persian in Afghanistan.
        id.language = language!("fa");
        if id.region.is_none() {
            id.region = Some(region!("AF"));
        }
    } else if id.language == language!("kmr") {
        // Northern Kurdish (Kurmanji) is `ku` in CLDR.
        id.language = language!("ku");
    }
    // `ckb` (Central Kurdish, Sorani) has CLDR data under its own code: unchanged.
    Ok(locale)
}

/// Converts the language-identifier part of an ICU locale to a `unic_langid` one.
fn to_unic(locale: &Locale) -> Result<LanguageIdentifier, String> {
    let tag = locale.id.to_string();
    tag.parse::<LanguageIdentifier>()
        .map_err(|e| format!("locale {tag:?} is not usable as a language identifier: {e}"))
}

/// The ICU locale used for formatting in a bundle / call keyed by `langid`.
fn icu_locale_for(langid: &LanguageIdentifier) -> Result<Locale, String> {
    map_locale(&langid.to_string())
}

/// Maps a project language code to the CLDR locale used for formatting and plural rules.
///
/// Built-in table: `prs` (Dari) -> `fa-AF`; `kmr` (Kurmanji) -> `ku`; `ckb` stays; other
/// codes are returned unchanged (but validated and canonicalised, e.g. `de_AT` -> `de-AT`).
/// `override_locale` (from the config, e.g. `"ar-SY"` or `"ar-u-nu-latn"`) wins when given;
/// the table is applied to it as well.
///
/// A [`LanguageIdentifier`] cannot carry Unicode extension keywords, so `-u-…` parts of the
/// override are validated but **dropped** here (`"ar-u-nu-latn"` -> `ar`). To format with
/// them, pass [`cldr_icu_locale`] to [`with_locale`] / [`format_temporal`] /
/// [`format_number`]. Invalid input gives `Err` with a readable message.
pub fn cldr_locale(
    lang: &str,
    override_locale: Option<&str>,
) -> Result<LanguageIdentifier, String> {
    to_unic(&cldr_icu_locale(lang, override_locale)?)
}

/// Like [`cldr_locale`], but returns the full ICU locale including Unicode extension
/// keywords of the override (`-u-nu-latn`, `-u-ca-persian`, `-u-hc-h23`, …).
pub fn cldr_icu_locale(lang: &str, override_locale: Option<&str>) -> Result<Locale, String> {
    let tag = override_locale
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .unwrap_or(lang);
    map_locale(tag.trim())
}

// ---------------------------------------------------------------------------------------
// Temporal values
// ---------------------------------------------------------------------------------------

/// A typed value parsed from a YAML variable string, see [`parse_temporal`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Temporal {
    /// A calendar date (proleptic Gregorian).
    Date { year: i32, month: u8, day: u8 },
    /// A wall-clock time of day, minute precision.
    Time { hour: u8, minute: u8 },
    /// A date with a wall-clock time (no time zone).
    DateTime {
        year: i32,
        month: u8,
        day: u8,
        hour: u8,
        minute: u8,
    },
}

/// ISO 8601 form (`2023-03-14`, `18:00`, `2023-03-14T18:00`); used as the fallback text
/// if ICU cannot build a formatter.
impl fmt::Display for Temporal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Temporal::Date { year, month, day } => write!(f, "{year:04}-{month:02}-{day:02}"),
            Temporal::Time { hour, minute } => write!(f, "{hour:02}:{minute:02}"),
            Temporal::DateTime {
                year,
                month,
                day,
                hour,
                minute,
            } => write!(f, "{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}"),
        }
    }
}

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// `Some(n)` if `s` consists of `min..=max` ASCII digits.
fn digits(s: &str, min: usize, max: usize) -> Option<u32> {
    if s.len() < min || s.len() > max || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Date shape: 4-digit year, 1–2 digit month and day.
fn date_shape(s: &str) -> Option<(u32, u32, u32)> {
    let mut parts = s.split('-');
    let y = digits(parts.next()?, 4, 4)?;
    let m = digits(parts.next()?, 1, 2)?;
    let d = digits(parts.next()?, 1, 2)?;
    parts.next().is_none().then_some((y, m, d))
}

/// Time shape: 1–2 digit hour, exactly 2-digit minute.
fn time_shape(s: &str) -> Option<(u32, u32)> {
    let (h, m) = s.split_once(':')?;
    Some((digits(h, 1, 2)?, digits(m, 2, 2)?))
}

fn check_date(s: &str, (y, m, d): (u32, u32, u32)) -> Result<(i32, u8, u8), String> {
    let year = y as i32; // at most 4 digits
    if !(1..=12).contains(&m) {
        return Err(format!("invalid date {s:?}: month {m} is not in 1-12"));
    }
    let month = m as u8;
    let max = days_in_month(year, month);
    if d < 1 || d > u32::from(max) {
        return Err(format!(
            "invalid date {s:?}: day {d} does not exist in {year:04}-{month:02} (1-{max})"
        ));
    }
    Ok((year, month, d as u8))
}

fn check_time(s: &str, (h, m): (u32, u32)) -> Result<(u8, u8), String> {
    if h > 23 {
        return Err(format!("invalid time {s:?}: hour {h} is not in 0-23"));
    }
    if m > 59 {
        return Err(format!("invalid time {s:?}: minute {m} is not in 0-59"));
    }
    Ok((h as u8, m as u8))
}

/// Recognises a date, time or date-time in a YAML variable string.
///
/// Accepted shapes (surrounding whitespace is ignored):
/// * `YYYY-M-D` -> [`Temporal::Date`]: the year has exactly 4 digits, month and day 1 or 2
///   digits, so `2023-03-14` and also `2023-3-1` are dates;
/// * `H:MM` / `HH:MM` -> [`Temporal::Time`] (`9:30`, `18:00`; minutes always 2 digits;
///   seconds are **not** accepted: `18:00:30` is not temporal);
/// * a date and a time separated by one space or `T` -> [`Temporal::DateTime`].
///
/// Returns `None` if the string does not have one of these shapes (it is then an ordinary
/// string), `Some(Err(message))` if it has the shape but is not a real date/time
/// (`2023-02-30`, `2023-13-01`, `25:00`, `12:60`), and `Some(Ok(value))` otherwise. Leap years
/// follow the Gregorian rules (`2024-02-29` ok, `2023-02-29` and `1900-02-29` are errors).
pub fn parse_temporal(s: &str) -> Option<Result<Temporal, String>> {
    let s = s.trim();
    if let Some(shape) = date_shape(s) {
        return Some(
            check_date(s, shape).map(|(year, month, day)| Temporal::Date { year, month, day }),
        );
    }
    if let Some(shape) = time_shape(s) {
        return Some(check_time(s, shape).map(|(hour, minute)| Temporal::Time { hour, minute }));
    }
    let (date, time) = s.split_once(['T', ' '])?;
    let (dshape, tshape) = (date_shape(date)?, time_shape(time)?);
    Some(check_date(s, dshape).and_then(|(year, month, day)| {
        check_time(s, tshape).map(|(hour, minute)| Temporal::DateTime {
            year,
            month,
            day,
            hour,
            minute,
        })
    }))
}

/// How much of a date to show. Applies to dates and to the date part of date-times;
/// times always show hour and minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum DateStyle {
    /// Weekday, day, month name, year: de "Dienstag, 14. März 2023".
    #[default]
    Full,
    /// Day, month name, year: de "14. März 2023".
    Long,
    /// de "14.03.2023", en "Mar 14, 2023".
    Medium,
    /// de "14.03.23", en "3/14/23".
    Short,
}

impl DateStyle {
    /// Parses the Fluent/Intl option value (`"full"`, `"long"`, `"medium"`, `"short"`).
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "full" => Some(Self::Full),
            "long" => Some(Self::Long),
            "medium" => Some(Self::Medium),
            "short" => Some(Self::Short),
            _ => None,
        }
    }
}

/// Which ICU field set a value needs; the cache key of [`TemporalFormatter`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Fields {
    Date(DateStyle),
    Time,
    DateTime(DateStyle),
}

impl Fields {
    fn of(value: &Temporal, style: DateStyle) -> Self {
        match value {
            Temporal::Date { .. } => Fields::Date(style),
            Temporal::Time { .. } => Fields::Time,
            Temporal::DateTime { .. } => Fields::DateTime(style),
        }
    }

    fn field_set(self) -> CompositeDateTimeFieldSet {
        use CompositeDateTimeFieldSet as C;
        let minute = TimePrecision::Minute;
        match self {
            Fields::Date(DateStyle::Full) => C::Date(DateFieldSet::YMDE(YMDE::long())),
            Fields::Date(DateStyle::Long) => C::Date(DateFieldSet::YMD(YMD::long())),
            Fields::Date(DateStyle::Medium) => C::Date(DateFieldSet::YMD(YMD::medium())),
            Fields::Date(DateStyle::Short) => C::Date(DateFieldSet::YMD(YMD::short())),
            Fields::Time => C::Time(TimeFieldSet::T(T::hm())),
            Fields::DateTime(DateStyle::Full) => C::DateTime(DateAndTimeFieldSet::YMDET(
                YMDET::long().with_time_precision(minute),
            )),
            Fields::DateTime(DateStyle::Long) => C::DateTime(DateAndTimeFieldSet::YMDT(
                YMDT::long().with_time_precision(minute),
            )),
            Fields::DateTime(DateStyle::Medium) => C::DateTime(DateAndTimeFieldSet::YMDT(
                YMDT::medium().with_time_precision(minute),
            )),
            Fields::DateTime(DateStyle::Short) => C::DateTime(DateAndTimeFieldSet::YMDT(
                YMDT::short().with_time_precision(minute),
            )),
        }
    }
}

/// An ICU date/time formatter for one locale and one [`Fields`]; memoizable per bundle.
struct TemporalFormatter(DateTimeFormatter<CompositeDateTimeFieldSet>);

impl TemporalFormatter {
    fn new(locale: &Locale, fields: Fields) -> Result<Self, String> {
        let mut prefs = DateTimeFormatterPreferences::from(locale);
        // Gregorian unless the locale explicitly asks for another calendar (`-u-ca-`).
        if prefs.calendar_algorithm.is_none() {
            prefs.calendar_algorithm = Some(CalendarAlgorithm::Gregory);
        }
        DateTimeFormatter::try_new(prefs, fields.field_set())
            .map(Self)
            .map_err(|e| format!("no date/time formatter for {locale}: {e}"))
    }

    fn format(&self, value: &Temporal) -> String {
        match to_icu_datetime(value) {
            Some(dt) => self.0.format(&dt).to_string(),
            None => value.to_string(),
        }
    }
}

/// Key for the per-bundle memoizer: the field set plus an optional explicit locale
/// (from [`with_locale`]); without it the bundle's language is used.
type FormatterKey<F> = (F, Option<String>);

impl Memoizable for TemporalFormatter {
    type Args = FormatterKey<Fields>;
    type Error = String;

    fn construct(lang: LanguageIdentifier, (fields, locale): Self::Args) -> Result<Self, String> {
        Self::new(&resolve(&lang, locale.as_deref())?, fields)
    }
}

/// The locale for a memoizer: the explicit one, else the bundle language mapped via the table.
fn resolve(lang: &LanguageIdentifier, explicit: Option<&str>) -> Result<Locale, String> {
    match explicit {
        Some(tag) => map_locale(tag),
        None => icu_locale_for(lang),
    }
}

fn to_icu_datetime(value: &Temporal) -> Option<DateTime<icu::calendar::Iso>> {
    let (date, time) = match *value {
        Temporal::Date { year, month, day } => ((year, month, day), (0, 0)),
        // A time needs no date, but one formatter type for all values is simpler.
        Temporal::Time { hour, minute } => ((2000, 1, 1), (hour, minute)),
        Temporal::DateTime {
            year,
            month,
            day,
            hour,
            minute,
        } => ((year, month, day), (hour, minute)),
    };
    Some(DateTime {
        date: Date::try_new_iso(date.0, date.1, date.2).ok()?,
        time: Time::try_new(time.0, time.1, 0, 0).ok()?,
    })
}

/// Formats `value` in the conventions of `locale` (use [`cldr_icu_locale`] to apply the
/// table of project codes, so that `prs` formats as `fa-AF`). Extension keywords such as
/// `-u-nu-arab`, `-u-ca-persian` or `-u-hc-h23` take effect.
///
/// [`DateStyle::Full`] = weekday + day + month name + year, de "Dienstag, 14. März 2023";
/// other locales their CLDR way including their default digits (Persian digits for `fa`).
/// Times show hour and minute in the locale's hour cycle (de "18:00", en "6:00 PM");
/// date-times join both with CLDR's glue pattern (de "Dienstag, 14. März 2023 um 18:00").
/// Dates are Gregorian, see the module docs. If ICU fails (it practically never does with
/// compiled data) the ISO form is returned.
pub fn format_temporal(locale: &Locale, value: &Temporal, style: DateStyle) -> String {
    match TemporalFormatter::new(locale, Fields::of(value, style)) {
        Ok(f) => f.format(value),
        Err(_) => value.to_string(),
    }
}

// ---------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------

/// Options for [`format_number`], a subset of `Intl.NumberFormat`'s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NumberOptions {
    /// Pad with zeros to at least this many fraction digits (default 0).
    pub minimum_fraction_digits: Option<usize>,
    /// Round (half away from zero) to at most this many fraction digits.
    /// Default as in `Intl.NumberFormat`: `max(minimum_fraction_digits, 3)`.
    pub maximum_fraction_digits: Option<usize>,
    /// Use the locale's grouping separators (`1.234` in de); default `true`.
    pub use_grouping: bool,
}

impl Default for NumberOptions {
    fn default() -> Self {
        Self {
            minimum_fraction_digits: None,
            maximum_fraction_digits: None,
            use_grouping: true,
        }
    }
}

impl From<&FluentNumberOptions> for NumberOptions {
    fn from(o: &FluentNumberOptions) -> Self {
        Self {
            minimum_fraction_digits: o.minimum_fraction_digits,
            maximum_fraction_digits: o.maximum_fraction_digits,
            use_grouping: o.use_grouping,
        }
    }
}

/// Largest number of fraction digits honoured (as in `Intl.NumberFormat`).
const MAX_FRACTION_DIGITS: usize = 100;

/// Converts and rounds `value` per `opts`; `None` for NaN and infinities.
fn to_decimal(value: f64, opts: &NumberOptions) -> Option<Decimal> {
    if !value.is_finite() {
        return None;
    }
    let min = opts
        .minimum_fraction_digits
        .unwrap_or(0)
        .min(MAX_FRACTION_DIGITS);
    let max = opts
        .maximum_fraction_digits
        .unwrap_or(min.max(3))
        .clamp(min, MAX_FRACTION_DIGITS);
    // `Display` of f64 is the shortest round-trip representation, never in exponent form.
    let value = if value == 0.0 { 0.0 } else { value }; // no "-0"
    let mut d = Decimal::try_from_str(&value.to_string()).ok()?;
    let (min, max) = (min as i16, max as i16);
    // Round half away from zero ("halfExpand", the Intl.NumberFormat default): the first
    // dropped digit decides.
    if d.absolute.digit_at(-max - 1) >= 5 {
        d.expand(-max);
    } else {
        d.trunc(-max);
    }
    d.absolute.trim_end();
    d.absolute.pad_end(-min);
    Some(d)
}

/// An ICU decimal formatter for one locale and grouping choice; memoizable per bundle.
struct NumberFormatter(DecimalFormatter);

impl NumberFormatter {
    fn new(locale: &Locale, use_grouping: bool) -> Result<Self, String> {
        let mut options = DecimalFormatterOptions::default();
        options.grouping_strategy = Some(if use_grouping {
            GroupingStrategy::Auto
        } else {
            GroupingStrategy::Never
        });
        DecimalFormatter::try_new(locale.into(), options)
            .map(Self)
            .map_err(|e| format!("no number formatter for {locale}: {e}"))
    }

    fn format(&self, value: f64, opts: &NumberOptions) -> String {
        match to_decimal(value, opts) {
            Some(d) => self.0.format(&d).to_string(),
            None => value.to_string(),
        }
    }
}

impl Memoizable for NumberFormatter {
    type Args = FormatterKey<bool>;
    type Error = String;

    fn construct(lang: LanguageIdentifier, (grouping, locale): Self::Args) -> Result<Self, String> {
        Self::new(&resolve(&lang, locale.as_deref())?, grouping)
    }
}

/// Formats `value` as a decimal in the conventions of `locale` (see [`cldr_icu_locale`]):
/// de 1234.5 -> "1.234,5", en "1,234.5", `ar-SY` "١٬٢٣٤٫٥", fa "۱٬۲۳۴٫۵"; `-u-nu-…` takes
/// effect. (Plain `ar` uses Latin digits in current CLDR, see the module docs.)
/// NaN and infinities are printed by Rust's `f64` formatting.
pub fn format_number(locale: &Locale, value: f64, opts: &NumberOptions) -> String {
    match NumberFormatter::new(locale, opts.use_grouping) {
        Ok(f) => f.format(value, opts),
        Err(_) => value.to_string(),
    }
}

// ---------------------------------------------------------------------------------------
// Fluent integration
// ---------------------------------------------------------------------------------------

/// A Fluent value wrapping a [`Temporal`] and a [`DateStyle`].
///
/// Pass it as a message argument (`args.set("date", FluentTemporal::new(t))`) and
/// `{ $date }` formats in the bundle's locale. With [`install`] the bundle formatter does the
/// formatting; without it Fluent calls [`FluentType::as_string`], which asks the bundle's
/// `IntlLangMemoizer` for a cached ICU formatter (so the language is the bundle's too).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FluentTemporal {
    pub value: Temporal,
    pub style: DateStyle,
}

impl FluentTemporal {
    /// Wraps `value` with the default style ([`DateStyle::Full`]).
    pub fn new(value: Temporal) -> Self {
        Self {
            value,
            style: DateStyle::default(),
        }
    }

    /// Formats with the memoizer of a (non-concurrent) bundle; `locale` overrides the
    /// bundle language (see [`with_locale`]).
    fn format_memoized(&self, intls: &IntlLangMemoizer, locale: Option<String>) -> String {
        let key = (Fields::of(&self.value, self.style), locale);
        intls
            .with_try_get::<TemporalFormatter, _, _>(key, |f| f.format(&self.value))
            .unwrap_or_else(|_| self.value.to_string())
    }
}

impl From<Temporal> for FluentTemporal {
    fn from(value: Temporal) -> Self {
        Self::new(value)
    }
}

impl From<FluentTemporal> for FluentValue<'_> {
    fn from(value: FluentTemporal) -> Self {
        FluentValue::Custom(Box::new(value))
    }
}

impl From<Temporal> for FluentValue<'_> {
    fn from(value: Temporal) -> Self {
        FluentTemporal::new(value).into()
    }
}

/// The resolved ICU locale of a concurrent bundle. ICU formatters are not `Send + Sync`
/// without the `icu/sync` feature, so the thread-safe path caches only the locale and
/// builds the formatter on each call.
struct ResolvedLocale(Locale);

impl Memoizable for ResolvedLocale {
    type Args = ();
    type Error = String;

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, String> {
        icu_locale_for(&lang).map(Self)
    }
}

impl FluentType for FluentTemporal {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(self.clone())
    }

    fn as_string(&self, intls: &IntlLangMemoizer) -> Cow<'static, str> {
        self.format_memoized(intls, explicit_locale()).into()
    }

    fn as_string_threadsafe(
        &self,
        intls: &intl_memoizer::concurrent::IntlLangMemoizer,
    ) -> Cow<'static, str> {
        intls
            .with_try_get::<ResolvedLocale, _, _>((), |l| l.0.clone())
            .map(|locale| format_temporal(&locale, &self.value, self.style))
            .unwrap_or_else(|_| self.value.to_string())
            .into()
    }
}

/// The bundle formatter installed by [`install`]: formats every [`FluentValue::Number`] via
/// the bundle's locale and the number's own options (see [`format_number`]) and every
/// [`FluentTemporal`]; returns `None` (= Fluent's default) for everything else.
///
/// It learns the locale from the memoizer (`IntlLangMemoizer::with_try_get`), which also
/// caches the ICU formatters per bundle.
pub fn format_value(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    format_value_in(value, intls, explicit_locale())
}

fn format_value_in(
    value: &FluentValue,
    intls: &IntlLangMemoizer,
    locale: Option<String>,
) -> Option<String> {
    match value {
        FluentValue::Number(n) => {
            let opts = NumberOptions::from(&n.options);
            intls
                .with_try_get::<NumberFormatter, _, _>((opts.use_grouping, locale), |f| {
                    f.format(n.value, &opts)
                })
                .ok()
        }
        FluentValue::Custom(c) => c
            .as_any()
            .downcast_ref::<FluentTemporal>()
            .map(|t| t.format_memoized(intls, locale)),
        _ => None,
    }
}

// `set_formatter` takes a plain `fn`, which cannot capture a locale, and a
// bundle's `LanguageIdentifier` cannot hold Unicode extensions. A locale with
// extensions is therefore set for the current thread while a bundle formats
// ([`with_locale`]); the formatter reads it. Any number of locales work.
thread_local! {
    static EXPLICIT_LOCALE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

type BundleFormatter = fn(&FluentValue, &IntlLangMemoizer) -> Option<String>;

/// Runs `f` (which formats with bundles set up by [`install`]) so that
/// numbers, dates and times are formatted in `locale`, extension keywords
/// included (`ar-u-nu-arab`, `fa-AF-u-ca-persian`, `en-u-hc-h23`), instead
/// of the bundle's language. Plural rules still follow the bundle's language.
pub fn with_locale<R>(locale: &Locale, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<String>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let previous = self.0.take();
            EXPLICIT_LOCALE.with(|l| *l.borrow_mut() = previous);
        }
    }
    let previous = EXPLICIT_LOCALE.with(|l| l.replace(Some(locale.to_string())));
    let _restore = Restore(previous);
    f()
}

fn explicit_locale() -> Option<String> {
    EXPLICIT_LOCALE.with(|l| l.borrow().clone())
}

/// `DATETIME($var, dateStyle: "full"|"long"|"medium"|"short")`.
fn datetime_function<'a>(positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    let mut value = match positional.first() {
        Some(FluentValue::Custom(c)) => match c.as_any().downcast_ref::<FluentTemporal>() {
            Some(t) => t.clone(),
            None => return FluentValue::Error,
        },
        Some(FluentValue::String(s)) => match parse_temporal(s) {
            Some(Ok(t)) => FluentTemporal::new(t),
            _ => return FluentValue::Error,
        },
        _ => return FluentValue::Error,
    };
    if let Some(FluentValue::String(s)) = named.get("dateStyle") {
        // Unknown styles are ignored, like unknown options of Fluent's builtins.
        if let Some(style) = DateStyle::from_name(s) {
            value.style = style;
        }
    }
    value.into()
}

/// `NUMBER($n, minimumFractionDigits:, maximumFractionDigits:, useGrouping:, type:, …)`.
/// Keeps the value a [`FluentValue::Number`] so plural selection works on it.
fn number_function<'a>(positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    let mut number = match positional.first() {
        Some(FluentValue::Number(n)) => n.clone(),
        Some(FluentValue::String(s)) => match FluentNumber::from_str(s) {
            Ok(n) => n,
            Err(_) => return FluentValue::Error,
        },
        _ => return FluentValue::Error,
    };
    number.options.merge(named);
    FluentValue::Number(number)
}

fn install_with_formatter<R: Borrow<FluentResource>>(
    bundle: &mut FluentBundle<R>,
    formatter: BundleFormatter,
) -> Result<(), String> {
    bundle
        .add_function("DATETIME", datetime_function)
        .map_err(|e| format!("cannot add DATETIME(): {e}"))?;
    bundle
        .add_function("NUMBER", number_function)
        .map_err(|e| format!("cannot add NUMBER(): {e}"))?;
    bundle.set_formatter(Some(formatter));
    Ok(())
}

/// Registers locale-aware formatting on `bundle` (whose first locale decides, mapped through
/// the table of [`cldr_locale`]):
///
/// * `DATETIME($var, dateStyle: "full"|"long"|"medium"|"short")` -> a [`FluentTemporal`]
///   with that style. The argument must be a [`FluentTemporal`] or a string that
///   [`parse_temporal`] accepts; anything else gives `FluentValue::Error`, which Fluent
///   renders as the text `DATETIME()` (without adding to the error list).
/// * `NUMBER($n, minimumFractionDigits:, maximumFractionDigits:, useGrouping:)` -> a
///   [`FluentValue::Number`] with those options (plural selection keeps working; other
///   Intl options are stored, but only `type` has an effect, on plural selection). Numeric
///   strings are accepted too.
/// * the bundle formatter [`format_value`], which formats every number and
///   [`FluentTemporal`] locale-aware.
///
/// Do not call `add_builtins` on the same bundle: its `NUMBER` would clash (`Err`).
pub fn install<R: Borrow<FluentResource>>(bundle: &mut FluentBundle<R>) -> Result<(), String> {
    install_with_formatter(bundle, format_value)
}

// ---------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;

    fn l(tag: &str) -> LanguageIdentifier {
        cldr_locale(tag, None).unwrap()
    }

    fn icu(tag: &str) -> Locale {
        Locale::try_from_str(tag).unwrap()
    }

    /// The ICU locale of a project language code (table applied).
    fn loc(tag: &str) -> Locale {
        cldr_icu_locale(tag, None).unwrap()
    }

    const PI_DAY: Temporal = Temporal::Date {
        year: 2023,
        month: 3,
        day: 14,
    };
    const SIX_PM: Temporal = Temporal::Time {
        hour: 18,
        minute: 0,
    };
    const PI_DAY_930: Temporal = Temporal::DateTime {
        year: 2023,
        month: 3,
        day: 14,
        hour: 9,
        minute: 30,
    };

    /// Fluent's bidi isolation marks around placeables.
    fn iso(s: &str) -> String {
        format!("\u{2068}{s}\u{2069}")
    }

    fn bundle(langid: LanguageIdentifier, ftl: &str) -> FluentBundle<FluentResource> {
        let mut bundle = FluentBundle::new(vec![langid]);
        bundle
            .add_resource(FluentResource::try_new(ftl.to_string()).unwrap())
            .unwrap();
        bundle
    }

    fn format(bundle: &FluentBundle<FluentResource>, id: &str, args: &FluentArgs) -> String {
        let pattern = bundle.get_message(id).unwrap().value().unwrap();
        let mut errors = vec![];
        let out = bundle.format_pattern(pattern, Some(args), &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        out.into_owned()
    }

    // --- locales ------------------------------------------------------------------

    #[test]
    fn cldr_locale_table_and_override() {
        assert_eq!(l("prs").to_string(), "fa-AF");
        assert_eq!(l("prs-AF").to_string(), "fa-AF");
        assert_eq!(l("kmr").to_string(), "ku");
        assert_eq!(l("ckb").to_string(), "ckb");
        assert_eq!(l("de").to_string(), "de");
        assert_eq!(l("uk").to_string(), "uk");
        assert_eq!(l("ti").to_string(), "ti");
        assert_eq!(l("DE-at").to_string(), "de-AT");
        assert_eq!(l("de_AT").to_string(), "de-AT");
        assert_eq!(
            cldr_locale("ar", Some("ar-SY")).unwrap().to_string(),
            "ar-SY"
        );
        // The table also applies to overrides.
        assert_eq!(cldr_locale("de", Some("prs")).unwrap().to_string(), "fa-AF");
        // Extension keywords cannot live in a LanguageIdentifier ...
        assert_eq!(
            cldr_locale("ar", Some("ar-u-nu-latn")).unwrap().to_string(),
            "ar"
        );
        // ... but are kept by cldr_icu_locale.
        assert_eq!(
            cldr_icu_locale("ar", Some("ar-u-nu-latn"))
                .unwrap()
                .to_string(),
            "ar-u-nu-latn"
        );
        assert_eq!(
            cldr_icu_locale("prs", Some("prs-u-ca-persian"))
                .unwrap()
                .to_string(),
            "fa-AF-u-ca-persian"
        );
        // An empty override (e.g. `locale: ""` in the config) is ignored.
        assert_eq!(cldr_locale("uk", Some(" ")).unwrap().to_string(), "uk");
        let err = cldr_locale("de", Some("not a locale")).unwrap_err();
        assert!(err.contains("invalid locale \"not a locale\""), "{err}");
        assert!(cldr_locale("", None).is_err());
        assert!(cldr_locale("d", None).is_err());
    }

    // --- parse_temporal -------------------------------------------------------------

    #[test]
    fn parse_temporal_shapes_and_ranges() {
        let ok = |s: &str| parse_temporal(s).unwrap().unwrap();
        let err = |s: &str| parse_temporal(s).unwrap().unwrap_err();
        assert_eq!(ok("2023-03-14"), PI_DAY);
        assert_eq!(ok(" 2023-03-14 "), PI_DAY);
        // Decision: single-digit month/day are accepted.
        assert_eq!(
            ok("2023-3-1"),
            Temporal::Date {
                year: 2023,
                month: 3,
                day: 1
            }
        );
        assert_eq!(
            ok("2024-02-29"),
            Temporal::Date {
                year: 2024,
                month: 2,
                day: 29
            }
        );
        assert_eq!(ok("2000-02-29").to_string(), "2000-02-29");
        assert_eq!(ok("18:00"), SIX_PM);
        assert_eq!(
            ok("9:30"),
            Temporal::Time {
                hour: 9,
                minute: 30
            }
        );
        assert_eq!(ok("00:00"), Temporal::Time { hour: 0, minute: 0 });
        assert_eq!(
            ok("23:59"),
            Temporal::Time {
                hour: 23,
                minute: 59
            }
        );
        assert_eq!(ok("2023-03-14 09:30"), PI_DAY_930);
        assert_eq!(ok("2023-03-14T9:30"), PI_DAY_930);

        assert_eq!(
            err("2023-02-29"),
            "invalid date \"2023-02-29\": day 29 does not exist in 2023-02 (1-28)"
        );
        assert!(err("1900-02-29").contains("day 29"));
        assert!(err("2023-02-30").contains("day 30"));
        assert!(err("2023-04-31").contains("day 31"));
        assert!(err("2023-00-10").contains("month 0"));
        assert_eq!(
            err("2023-13-01"),
            "invalid date \"2023-13-01\": month 13 is not in 1-12"
        );
        assert_eq!(
            err("25:00"),
            "invalid time \"25:00\": hour 25 is not in 0-23"
        );
        assert!(err("24:00").contains("hour 24"));
        assert!(err("12:60").contains("minute 60"));
        assert!(err("2023-02-30 18:00").contains("day 30"));
        assert!(err("2023-03-14T18:61").contains("minute 61"));

        for not_temporal in [
            "hello",
            "",
            "2023",
            "18",
            "18:0",
            "18:00:00",
            "18.00",
            "123:00",
            "23-03-14",
            "2023/03/14",
            "2023-03-14-1",
            "2023-003-14",
            "+2023-03-14",
            "2023-03-14  18:00",
            "2023-03-14 18:00 Uhr",
            "2023-03-14T18:00Z",
            "Joh 3:16",
            "-1:00",
            "1,5",
        ] {
            assert_eq!(parse_temporal(not_temporal), None, "{not_temporal:?}");
        }
    }

    // --- dates and times ------------------------------------------------------------

    #[test]
    fn full_dates_in_project_languages() {
        let full = |tag: &str| format_temporal(&loc(tag), &PI_DAY, DateStyle::Full);
        assert_eq!(full("de"), "Dienstag, 14. März 2023");
        assert_eq!(full("uk"), "вівторок, 14 березня 2023\u{202F}р.");
        assert_eq!(full("ru"), "вторник, 14 марта 2023\u{202F}г.");
        assert_eq!(full("tr"), "14 Mart 2023 Salı");
        assert_eq!(full("en"), "Tuesday, March 14, 2023");
        // Plain `ar`: Latin digits in current CLDR (see module docs); Arabic comma U+060C.
        assert_eq!(full("ar"), "الثلاثاء\u{060C} 14 مارس 2023");
        assert_eq!(full("fa"), "سه\u{200C}شنبه ۱۴ مارس ۲۰۲۳");
        // Dari: fa-AF month names ("مارچ"), Persian digits, Gregorian calendar.
        assert_eq!(full("prs"), "سه\u{200C}شنبه ۱۴ مارچ ۲۰۲۳");
        assert_eq!(full("ti"), "ሰሉስ, መጋቢት 14, 2023");
        assert_eq!(full("ps"), "سه شنبه, ۱۴ مارچ ۲۰۲۳");
        assert_eq!(full("ckb"), "سێشەممە\u{060C} ١٤ی ئازاری ٢٠٢٣");
        assert_eq!(full("kmr"), "14 adar 2023, sêşem");
        assert_eq!(full("ku"), full("kmr"));
    }

    #[test]
    fn arabic_indic_digits_via_region_or_keyword() {
        let expected = "الثلاثاء\u{060C} ١٤ مارس ٢٠٢٣";
        let ar_arab = icu("ar-u-nu-arab");
        assert_eq!(
            format_temporal(&ar_arab, &PI_DAY, DateStyle::Full),
            expected
        );
        assert_eq!(
            format_temporal(&loc("ar-EG"), &PI_DAY, DateStyle::Full),
            expected
        );
        // Levantine month names for Syria.
        assert_eq!(
            format_temporal(&loc("ar-SY"), &PI_DAY, DateStyle::Full),
            "الثلاثاء\u{060C} ١٤ آذار ٢٠٢٣"
        );
        assert_eq!(
            format_temporal(&ar_arab, &SIX_PM, DateStyle::Full),
            "٦:٠٠ م"
        );
    }

    #[test]
    fn missing_locale_data_falls_back_to_root() {
        // What `prs` and `kmr` would look like without the table: ICU's root locale.
        let root = "2023 M03 14, Tue";
        assert_eq!(format_temporal(&icu("prs"), &PI_DAY, DateStyle::Full), root);
        assert_eq!(format_temporal(&icu("kmr"), &PI_DAY, DateStyle::Full), root);
        assert_eq!(format_temporal(&icu("und"), &PI_DAY, DateStyle::Full), root);
    }

    #[test]
    fn calendar_is_gregorian_unless_requested() {
        // CLDR's default calendar for fa/fa-AF/ps is the Solar Hijri one; we only use it
        // when asked for: 14 March 2023 = 23 Esfand/Hut 1401.
        let fa_af = cldr_icu_locale("prs", Some("prs-u-ca-persian")).unwrap();
        assert_eq!(
            format_temporal(&fa_af, &PI_DAY, DateStyle::Full),
            "سه\u{200C}شنبه ۲۳ حوت ۱۴۰۱"
        );
        assert_eq!(
            format_temporal(&icu("fa-u-ca-persian"), &PI_DAY, DateStyle::Long),
            "۲۳ اسفند ۱۴۰۱"
        );
    }

    #[test]
    fn date_styles() {
        let de = loc("de");
        let en = loc("en");
        let f = |loc: &Locale, style| format_temporal(loc, &PI_DAY, style);
        assert_eq!(f(&de, DateStyle::Long), "14. März 2023");
        assert_eq!(f(&de, DateStyle::Medium), "14.03.2023");
        assert_eq!(f(&de, DateStyle::Short), "14.03.23");
        assert_eq!(f(&en, DateStyle::Long), "March 14, 2023");
        assert_eq!(f(&en, DateStyle::Medium), "Mar 14, 2023");
        assert_eq!(f(&en, DateStyle::Short), "3/14/23");
        assert_eq!(f(&loc("uk"), DateStyle::Medium), "14 бер. 2023\u{202F}р.");
        assert_eq!(f(&loc("ru"), DateStyle::Short), "14.03.2023");
        assert_eq!(f(&loc("tr"), DateStyle::Short), "14.03.2023");
        assert_eq!(f(&loc("fa"), DateStyle::Short), "۲۰۲۳/۳/۱۴");
        assert_eq!(f(&loc("ti"), DateStyle::Long), "14 መጋቢት 2023");
        assert_eq!(f(&loc("ar"), DateStyle::Short), "14\u{200F}/3\u{200F}/2023");
    }

    #[test]
    fn times() {
        let t = |tag: &str| format_temporal(&loc(tag), &SIX_PM, DateStyle::Full);
        assert_eq!(t("de"), "18:00");
        assert_eq!(t("uk"), "18:00");
        assert_eq!(t("ru"), "18:00");
        assert_eq!(t("tr"), "18:00");
        assert_eq!(t("en"), "6:00\u{202F}PM");
        assert_eq!(t("ar"), "6:00 م");
        assert_eq!(t("fa"), "۱۸:۰۰");
        assert_eq!(t("prs"), "۱۸:۰۰");
        assert_eq!(t("ps"), "۱۸:۰۰");
        assert_eq!(t("ti"), "6:00 ድ.ቀ.");
        assert_eq!(t("ckb"), "٦:٠٠ د.ن");
        assert_eq!(t("kmr"), "18:00");
        let nine = Temporal::Time { hour: 9, minute: 5 };
        assert_eq!(format_temporal(&loc("de"), &nine, DateStyle::Full), "09:05");
        assert_eq!(
            format_temporal(&icu("en-u-hc-h23"), &SIX_PM, DateStyle::Full),
            "18:00"
        );
    }

    #[test]
    fn date_times() {
        let dt = |tag: &str, style| format_temporal(&loc(tag), &PI_DAY_930, style);
        assert_eq!(
            dt("de", DateStyle::Full),
            "Dienstag, 14. März 2023 um 09:30"
        );
        assert_eq!(dt("de", DateStyle::Short), "14.03.23, 09:30");
        assert_eq!(
            dt("en", DateStyle::Full),
            "Tuesday, March 14, 2023 at 9:30\u{202F}AM"
        );
        assert_eq!(
            dt("uk", DateStyle::Full),
            "вівторок, 14 березня 2023\u{202F}р. о 09:30"
        );
        assert_eq!(dt("ru", DateStyle::Long), "14 марта 2023\u{202F}г. в 09:30");
        assert_eq!(dt("tr", DateStyle::Full), "14 Mart 2023 Salı 09:30");
        assert_eq!(
            dt("ar", DateStyle::Full),
            "الثلاثاء\u{060C} 14 مارس 2023 في 9:30 ص"
        );
        assert_eq!(
            dt("prs", DateStyle::Full),
            "سه\u{200C}شنبه ۱۴ مارچ ۲۰۲۳ ساعت ۹:۳۰"
        );
        assert_eq!(
            dt("ti", DateStyle::Full),
            "ሰሉስ, መጋቢት 14, 2023 ሰዓት 9:30 ቅ.ቀ."
        );
    }

    // --- numbers --------------------------------------------------------------------

    #[test]
    fn numbers() {
        let n = |tag: &str, v: f64| format_number(&loc(tag), v, &NumberOptions::default());
        assert_eq!(n("de", 1234.5), "1.234,5");
        assert_eq!(n("en", 1234.5), "1,234.5");
        assert_eq!(n("uk", 1234.5), "1\u{A0}234,5");
        assert_eq!(n("ar", 1234.5), "1,234.5");
        assert_eq!(n("ar-SY", 1234.5), "١٬٢٣٤٫٥");
        assert_eq!(n("fa", 1234.5), "۱٬۲۳۴٫۵");
        assert_eq!(n("prs", 1234.5), "۱٬۲۳۴٫۵");
        assert_eq!(n("ckb", 1234.5), "١٬٢٣٤٫٥");
        assert_eq!(n("ti", 1234.5), "1,234.5");
        assert_eq!(n("de", -1234567.0), "-1.234.567");
        assert_eq!(n("en", 0.0), "0");
        assert_eq!(n("en", -0.0), "0");
        assert_eq!(n("de", 1e21), "1.000.000.000.000.000.000.000");
        assert_eq!(n("de", f64::NAN), "NaN");
        let ar_arab = icu("ar-u-nu-arab");
        assert_eq!(
            format_number(&ar_arab, 1234.5, &NumberOptions::default()),
            "١٬٢٣٤٫٥"
        );
        // Negative numbers get bidi marks in RTL locales.
        assert_eq!(n("fa", -2.5), "\u{200E}\u{2212}۲٫۵");
        assert_eq!(n("ar", -2.5), "\u{200E}-2.5");
    }

    #[test]
    fn number_options() {
        let de = loc("de");
        let f = |v, min, max, grouping| {
            let opts = NumberOptions {
                minimum_fraction_digits: min,
                maximum_fraction_digits: max,
                use_grouping: grouping,
            };
            format_number(&de, v, &opts)
        };
        assert_eq!(f(1234.5, Some(2), None, true), "1.234,50");
        assert_eq!(f(1234.5, Some(2), None, false), "1234,50");
        assert_eq!(f(12.0, Some(2), None, true), "12,00");
        // Default maximum: 3 fraction digits, rounded half away from zero.
        assert_eq!(f(1.23456, None, None, true), "1,235");
        assert_eq!(f(0.0001, None, None, true), "0");
        assert_eq!(f(2.5, None, Some(0), true), "3");
        assert_eq!(f(-2.5, None, Some(0), true), "-3");
        assert_eq!(f(0.125, None, Some(2), true), "0,13");
        assert_eq!(f(1.994, None, Some(2), true), "1,99");
        assert_eq!(f(9.999, Some(1), Some(2), true), "10,0");
        assert_eq!(
            f(1.5, Some(4), Some(2), true),
            "1,5000",
            "min wins over max"
        );
        assert_eq!(f(1.123456789, None, Some(6), true), "1,123457");
        let en = |v, min| {
            let opts = NumberOptions {
                minimum_fraction_digits: min,
                ..NumberOptions::default()
            };
            format_number(&loc("en"), v, &opts)
        };
        assert_eq!(en(1234567.891, None), "1,234,567.891");
        assert_eq!(en(3.0, Some(2)), "3.00");
    }

    // --- Fluent ---------------------------------------------------------------------

    const MSG: &str =
        "msg = Am { $date } um { $time }, { NUMBER($n, minimumFractionDigits: 2) } €\n";

    fn msg_args() -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        args.set("date", PI_DAY);
        args.set("time", FluentTemporal::new(SIX_PM));
        args.set("n", 1234.5);
        args
    }

    #[test]
    fn fluent_round_trip_de() {
        let mut b = bundle(l("de"), MSG);
        install(&mut b).unwrap();
        assert_eq!(
            format(&b, "msg", &msg_args()),
            format!(
                "Am {} um {}, {} €",
                iso("Dienstag, 14. März 2023"),
                iso("18:00"),
                iso("1.234,50")
            )
        );
    }

    #[test]
    fn fluent_round_trip_ar_and_prs() {
        let mut ar = bundle(l("ar"), MSG);
        install(&mut ar).unwrap();
        assert_eq!(
            format(&ar, "msg", &msg_args()),
            format!(
                "Am {} um {}, {} €",
                iso("الثلاثاء\u{060C} 14 مارس 2023"),
                iso("6:00 م"),
                iso("1,234.50")
            )
        );

        // Arabic-Indic digits through the config override.
        let mut ar_arab = bundle(cldr_locale("ar", Some("ar-u-nu-arab")).unwrap(), MSG);
        let locale = cldr_icu_locale("ar", Some("ar-u-nu-arab")).unwrap();
        install(&mut ar_arab).unwrap();
        assert_eq!(
            with_locale(&locale, || format(&ar_arab, "msg", &msg_args())),
            format!(
                "Am {} um {}, {} €",
                iso("الثلاثاء\u{060C} ١٤ مارس ٢٠٢٣"),
                iso("٦:٠٠ م"),
                iso("١٬٢٣٤٫٥٠")
            )
        );
        // The plain `ar` bundle is not affected by the other one.
        assert!(format(&ar, "msg", &msg_args()).contains("1,234.50"));

        let expected_prs = format!(
            "Am {} um {}, {} €",
            iso("سه\u{200C}شنبه ۱۴ مارچ ۲۰۲۳"),
            iso("۱۸:۰۰"),
            iso("۱٬۲۳۴٫۵۰")
        );
        // Whether the bundle is keyed by the project code or by the CLDR locale.
        for langid in [l("prs"), "prs".parse().unwrap()] {
            let mut prs = bundle(langid, MSG);
            install(&mut prs).unwrap();
            assert_eq!(format(&prs, "msg", &msg_args()), expected_prs);
        }
    }

    #[test]
    fn any_number_of_explicit_locales() {
        // tandem 0.1 had 16 slots for locales with extensions; the 17th
        // bundle silently lost NUMBER and DATETIME.
        let tags: Vec<String> = ["ar", "fa", "uk", "en", "tr", "ru"]
            .iter()
            .flat_map(|l| ["latn", "arab", "arabext"].map(|nu| format!("{l}-u-nu-{nu}")))
            .collect();
        assert!(tags.len() > 16);
        for tag in &tags {
            let locale = icu(tag);
            let mut b = bundle(l("de"), MSG);
            install(&mut b).unwrap();
            let text = with_locale(&locale, || format(&b, "msg", &msg_args()));
            let digits = if tag.ends_with("-latn") { "1" } else { "١" };
            let expected = if tag.ends_with("arabext") {
                "۱"
            } else {
                digits
            };
            assert!(text.contains(expected), "{tag}: {text}");
        }
        // Outside `with_locale` the bundle's language is used again.
        let mut b = bundle(l("de"), MSG);
        install(&mut b).unwrap();
        assert!(format(&b, "msg", &msg_args()).contains("1.234,50"));
    }

    #[test]
    fn plural_selection_on_number_uk() {
        let ftl = "items = { NUMBER($n) ->\n    [one] { $n } файл\n    [few] { $n } файли\n    [many] { $n } файлів\n   *[other] { $n } файлу\n}\n";
        let mut b = bundle(l("uk"), ftl);
        b.set_use_isolating(false);
        install(&mut b).unwrap();
        let f = |n: f64| {
            let mut args = FluentArgs::new();
            args.set("n", n);
            format(&b, "items", &args)
        };
        assert_eq!(f(1.0), "1 файл");
        assert_eq!(f(21.0), "21 файл");
        assert_eq!(f(3.0), "3 файли");
        assert_eq!(f(5.0), "5 файлів");
        assert_eq!(f(11.0), "11 файлів");
        assert_eq!(f(1.5), "1,5 файлу");
        assert_eq!(f(12345.0), "12\u{A0}345 файлів");
    }

    #[test]
    fn plural_selection_keeps_fraction_options() {
        // "1.00" is `other` in English; minimumFractionDigits must reach the plural rules.
        let ftl = "n = { NUMBER($n, minimumFractionDigits: 2) ->\n    [one] one { NUMBER($n, minimumFractionDigits: 2) }\n   *[other] other { NUMBER($n, minimumFractionDigits: 2) }\n}\n";
        let mut b = bundle(l("en"), ftl);
        b.set_use_isolating(false);
        install(&mut b).unwrap();
        let mut args = FluentArgs::new();
        args.set("n", 1);
        assert_eq!(format(&b, "n", &args), "other 1.00");
    }

    #[test]
    fn datetime_function() {
        let ftl = concat!(
            "full = { DATETIME($d) }\n",
            "long = { DATETIME($d, dateStyle: \"long\") }\n",
            "medium = { DATETIME($d, dateStyle: \"medium\") }\n",
            "short = { DATETIME($d, dateStyle: \"short\") }\n",
            "bogus = { DATETIME($d, dateStyle: \"bogus\") }\n",
            "plain = { $d }\n",
        );
        let mut b = bundle(l("de"), ftl);
        b.set_use_isolating(false);
        install(&mut b).unwrap();
        let run = |id: &str, value: FluentValue<'static>| {
            let mut args = FluentArgs::new();
            args.set("d", value);
            format(&b, id, &args)
        };
        let date = || FluentValue::from(PI_DAY);
        assert_eq!(run("full", date()), "Dienstag, 14. März 2023");
        assert_eq!(run("long", date()), "14. März 2023");
        assert_eq!(run("medium", date()), "14.03.2023");
        assert_eq!(run("short", date()), "14.03.23");
        assert_eq!(run("bogus", date()), "Dienstag, 14. März 2023");
        let dt = || FluentValue::from(PI_DAY_930);
        assert_eq!(run("short", dt()), "14.03.23, 09:30");
        assert_eq!(run("long", dt()), "14. März 2023 um 09:30");
        // The style of a FluentTemporal argument is used by a plain placeable.
        let medium = FluentTemporal {
            value: PI_DAY,
            style: DateStyle::Medium,
        };
        assert_eq!(run("plain", medium.into()), "14.03.2023");
        // Strings that parse_temporal accepts work as well.
        assert_eq!(run("medium", "2024-02-29".into()), "29.02.2024");
        assert_eq!(run("full", "18:00".into()), "18:00");
    }

    #[test]
    fn datetime_function_rejects_other_values() {
        let mut b = bundle(l("de"), "d = [{ DATETIME($d) }]\n");
        b.set_use_isolating(false);
        install(&mut b).unwrap();
        for value in [
            FluentValue::from("hello"),
            FluentValue::from("2023-02-30"),
            FluentValue::from(5),
        ] {
            let mut args = FluentArgs::new();
            args.set("d", value);
            // Fluent prints a failed call as its callee, without reporting an error.
            assert_eq!(format(&b, "d", &args), "[DATETIME()]");
        }
    }

    #[test]
    fn number_function_options() {
        let ftl = concat!(
            "plain = { $n }\n",
            "max = { NUMBER($n, maximumFractionDigits: 1) }\n",
            "nogroup = { NUMBER($n, useGrouping: \"false\") }\n",
            "str = { NUMBER(\"1234.5\", minimumFractionDigits: 2) }\n",
            "lit = { 1234.5 }\n",
            "bad = [{ NUMBER(\"abc\") }]\n",
        );
        let mut b = bundle(l("de"), ftl);
        b.set_use_isolating(false);
        install(&mut b).unwrap();
        let mut args = FluentArgs::new();
        args.set("n", 1234.5678);
        assert_eq!(format(&b, "plain", &args), "1.234,568");
        assert_eq!(format(&b, "max", &args), "1.234,6");
        assert_eq!(format(&b, "nogroup", &args), "1234,568");
        assert_eq!(format(&b, "str", &args), "1.234,50");
        // Number literals in FTL are formatted too.
        assert_eq!(format(&b, "lit", &args), "1.234,5");
        assert_eq!(format(&b, "bad", &args), "[NUMBER()]");
    }

    #[test]
    fn install_conflicts_with_builtins() {
        let mut b = bundle(l("de"), "x = x\n");
        b.add_builtins().unwrap();
        let err = install(&mut b).unwrap_err();
        assert!(err.contains("NUMBER"), "{err}");
    }

    #[test]
    fn temporal_without_install_uses_memoizer() {
        // Without our formatter Fluent calls FluentType::as_string with the bundle memoizer.
        let mut b = bundle(l("uk"), "d = { $d }\n");
        b.set_use_isolating(false);
        let mut args = FluentArgs::new();
        args.set("d", PI_DAY);
        assert_eq!(
            format(&b, "d", &args),
            "вівторок, 14 березня 2023\u{202F}р."
        );

        let intls = IntlLangMemoizer::new(l("prs"));
        let t = FluentTemporal::new(SIX_PM);
        assert_eq!(t.as_string(&intls), "۱۸:۰۰");
        assert_eq!(
            t.as_string(&intls),
            "۱۸:۰۰",
            "second call served from the cache"
        );
    }

    #[test]
    fn temporal_threadsafe() {
        let intls = intl_memoizer::concurrent::IntlLangMemoizer::new(l("ru"));
        let t = FluentTemporal::new(PI_DAY);
        assert_eq!(
            t.as_string_threadsafe(&intls),
            "вторник, 14 марта 2023\u{202F}г."
        );

        // A concurrent bundle (no `install`, which targets the default memoizer).
        let mut b = fluent_bundle::concurrent::FluentBundle::new_concurrent(vec![l("tr")]);
        b.set_use_isolating(false);
        b.add_resource(FluentResource::try_new("d = { $d }\n".to_string()).unwrap())
            .unwrap();
        let mut args = FluentArgs::new();
        args.set("d", PI_DAY);
        let mut errors = vec![];
        let pattern = b.get_message("d").unwrap().value().unwrap();
        assert_eq!(
            b.format_pattern(pattern, Some(&args), &mut errors),
            "14 Mart 2023 Salı"
        );
        assert!(errors.is_empty());
    }

    #[test]
    fn temporal_display_is_iso() {
        assert_eq!(PI_DAY.to_string(), "2023-03-14");
        assert_eq!(SIX_PM.to_string(), "18:00");
        assert_eq!(PI_DAY_930.to_string(), "2023-03-14T09:30");
    }
}
