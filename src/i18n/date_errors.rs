//! Why a date, a day of the week or a fixed clock was refused, in the reader's language.

use super::Catalog;
use crate::base::clock::NOW_VAR;
use crate::base::dates::{DateError, MAX_DATE, MIN_DATE, TODAY_VAR, format_date, weekday_key};
use crate::tr;
use chrono::Datelike;

impl Catalog {
    /// Why a typed or stored date was refused.
    pub fn date_error(&self, e: &DateError) -> String {
        match e {
            DateError::Shape { input } => tr!(self, "date-shape", input = input.as_str()),
            DateError::Impossible { input } => {
                tr!(self, "date-impossible", input = input.as_str())
            }
            DateError::OutOfRange { input } => tr!(
                self,
                "date-out-of-range",
                input = input.as_str(),
                min = format_date(MIN_DATE),
                max = format_date(MAX_DATE)
            ),
            DateError::Unrecognised { input } => {
                tr!(self, "date-unrecognised", input = input.as_str())
            }
            DateError::Ambiguous { input } => tr!(self, "date-ambiguous", input = input.as_str()),
            DateError::DayFirst { input } => tr!(self, "date-day-first", input = input.as_str()),
            DateError::WrongWeekday {
                input,
                date,
                written,
            } => tr!(
                self,
                "date-wrong-weekday",
                input = input.as_str(),
                date = format_date(*date),
                actual = self.text(&format!("date-weekday-{}", weekday_key(date.weekday()))),
                written = self.text(&format!("date-weekday-{}", weekday_key(*written)))
            ),
            DateError::Span { input } => tr!(self, "date-span", input = input.as_str()),
            DateError::Today(inner) => format!("{TODAY_VAR}: {}", self.date_error(inner)),
            DateError::Now { input } => {
                format!(
                    "{NOW_VAR}: {}",
                    tr!(self, "sc-instant", value = input.as_str())
                )
            }
        }
    }
}
