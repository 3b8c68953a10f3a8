//! Korean particles after a value: 을/를, 이/가, 은/는, 와/과, (으)로, chosen
//! from how the value's last syllable is read. Hangul by its final consonant;
//! digits by their Sino-Korean reading (3 삼 → 을, 2 이 → 를, 10 십 → 을);
//! Latin letters of an acronym by their names (L 엘 → 을, M 엠 → 을, A 에이
//! → 를), of a word by its last letter where that is clear; anything else
//! takes the combined form, 을(를).
//!
//! The catalog calls it as `{ $id }{ PARTICLE($id, "을") }`: the second
//! argument names the particle by either of its forms.
//!
//! (The `josa` crate handles Hangul only and was last released in 2019.)

/// A particle that changes with the sound before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Particle {
    /// Object: 을 / 를.
    EulReul,
    /// Subject: 이 / 가.
    IGa,
    /// Topic: 은 / 는.
    EunNeun,
    /// "And, with": 과 / 와.
    WaGwa,
    /// Direction, means: 으로 / 로 (로 after ㄹ too).
    EuroRo,
}

/// How a value's last syllable ends, as far as particles care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    Vowel,
    /// The final consonant ㄹ (it takes 로, not 으로).
    Rieul,
    Consonant,
    Unknown,
}

impl Particle {
    /// The particle named by one of its forms (`을`, `를`, `이`, `가`, …).
    pub fn named(form: &str) -> Option<Particle> {
        Some(match form {
            "을" | "를" | "을(를)" => Particle::EulReul,
            "이" | "가" | "이(가)" => Particle::IGa,
            "은" | "는" | "은(는)" => Particle::EunNeun,
            "와" | "과" | "와(과)" => Particle::WaGwa,
            "으로" | "로" | "(으)로" => Particle::EuroRo,
            _ => return None,
        })
    }

    /// The form of the particle that follows `value`.
    pub fn after(self, value: &str) -> &'static str {
        let ending = ending(value);
        let (consonant, vowel, both) = match self {
            Particle::EulReul => ("을", "를", "을(를)"),
            Particle::IGa => ("이", "가", "이(가)"),
            Particle::EunNeun => ("은", "는", "은(는)"),
            Particle::WaGwa => ("과", "와", "와(과)"),
            Particle::EuroRo => {
                return match ending {
                    Ending::Vowel | Ending::Rieul => "로",
                    Ending::Consonant => "으로",
                    Ending::Unknown => "(으)로",
                };
            }
        };
        match ending {
            Ending::Vowel => vowel,
            Ending::Rieul | Ending::Consonant => consonant,
            Ending::Unknown => both,
        }
    }
}

/// The ending of `value`'s last readable run: Hangul, digits or Latin
/// letters (closing quotes, brackets and punctuation are skipped).
fn ending(value: &str) -> Ending {
    let value = value.trim_end_matches(|c: char| !c.is_alphanumeric());
    let Some(last) = value.chars().next_back() else {
        return Ending::Unknown;
    };
    if ('\u{AC00}'..='\u{D7A3}').contains(&last) {
        return match (u32::from(last) - 0xAC00) % 28 {
            0 => Ending::Vowel,
            8 => Ending::Rieul,
            _ => Ending::Consonant,
        };
    }
    if last.is_ascii_digit() {
        return digit_ending(value);
    }
    if last.is_ascii_alphabetic() {
        let word: String = value
            .chars()
            .rev()
            .take_while(char::is_ascii_alphabetic)
            .collect();
        return latin_ending(&word.chars().rev().collect::<String>());
    }
    Ending::Unknown
}

/// A number read in Sino-Korean: its last non-zero digit, or the unit its
/// trailing zeros make (십, 백, 천, 만: all end in a consonant other than ㄹ).
fn digit_ending(value: &str) -> Ending {
    match value.chars().next_back() {
        // 영, 십, 백, 천, 만…
        Some('0') => Ending::Consonant,
        // 일, 칠, 팔
        Some('1' | '7' | '8') => Ending::Rieul,
        // 삼, 육
        Some('3' | '6') => Ending::Consonant,
        // 이, 사, 오, 구
        Some('2' | '4' | '5' | '9') => Ending::Vowel,
        _ => Ending::Unknown,
    }
}

/// Latin letters: an acronym of up to four capitals is read letter by letter
/// (`SMBA` 에스엠비에이, `OECD` 오이시디); a word by its last letter when the
/// reading is clear (`KOTRA` 코트라, `INADEM` 이나뎀, `Seoul` 서울).
fn latin_ending(word: &str) -> Ending {
    let acronym = word.len() <= 4 && word.chars().all(|c| c.is_ascii_uppercase());
    let last = word.chars().next_back().map(|c| c.to_ascii_uppercase());
    if acronym {
        return match last {
            Some('L' | 'R') => Ending::Rieul,
            Some('M' | 'N') => Ending::Consonant,
            Some(_) => Ending::Vowel,
            None => Ending::Unknown,
        };
    }
    match last {
        Some('A' | 'E' | 'I' | 'O' | 'U' | 'Y') => Ending::Vowel,
        Some('L') => Ending::Rieul,
        Some('M' | 'N') => Ending::Consonant,
        _ => Ending::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::Particle::*;

    #[test]
    fn hangul_follows_the_final_consonant() {
        assert_eq!(EulReul.after("관리대장"), "을");
        assert_eq!(EulReul.after("과제"), "를");
        assert_eq!(IGa.after("조강래"), "가");
        assert_eq!(IGa.after("회의록"), "이");
        assert_eq!(EunNeun.after("서울"), "은");
        assert_eq!(WaGwa.after("서울"), "과");
        assert_eq!(WaGwa.after("멕시코"), "와");
        assert_eq!(EuroRo.after("서울"), "로", "ㄹ takes 로");
        assert_eq!(EuroRo.after("기한"), "으로");
        assert_eq!(EuroRo.after("회의"), "로");
    }

    #[test]
    fn digits_are_read_in_sino_korean() {
        assert_eq!(EulReul.after("JC2-03"), "을", "삼");
        assert_eq!(EulReul.after("JC2-02"), "를", "이");
        assert_eq!(IGa.after("JC2-01"), "이", "일");
        assert_eq!(EuroRo.after("JC2-01"), "로", "일: ㄹ");
        assert_eq!(EuroRo.after("JC2-06"), "으로", "육");
        assert_eq!(EuroRo.after("JC3-10"), "으로", "십");
        assert_eq!(IGa.after("24"), "가", "이십사");
        assert_eq!(IGa.after("2026-12-05"), "가", "오");
        assert_eq!(EunNeun.after("100"), "은", "백");
    }

    #[test]
    fn latin_letters_are_read_as_koreans_read_them() {
        assert_eq!(EulReul.after("SMBA"), "를", "에이");
        assert_eq!(EulReul.after("OECD"), "를", "디");
        assert_eq!(EulReul.after("INADEM"), "을", "이나뎀");
        assert_eq!(EulReul.after("KOTRA"), "를", "코트라");
        assert_eq!(EulReul.after("HTML"), "을", "엘");
        assert_eq!(EuroRo.after("origin/main"), "으로", "메인");
        assert_eq!(EulReul.after("ledger.json"), "을", "제이슨");
        assert_eq!(EuroRo.after("Seoul"), "로");
        assert_eq!(EulReul.after("Kia Motors México"), "를");
    }

    #[test]
    fn unsure_readings_take_the_combined_form() {
        assert_eq!(EulReul.after("test"), "을(를)");
        assert_eq!(IGa.after("東京"), "이(가)");
        assert_eq!(EuroRo.after(""), "(으)로");
        assert_eq!(WaGwa.after("…"), "와(과)");
        assert_eq!(EunNeun.after("「회의」"), "는", "closing marks are skipped");
    }

    #[test]
    fn particles_are_named_by_either_form() {
        for (form, p) in [
            ("를", EulReul),
            ("이", IGa),
            ("는", EunNeun),
            ("과", WaGwa),
            ("로", EuroRo),
        ] {
            assert_eq!(super::Particle::named(form), Some(p));
        }
        assert_eq!(super::Particle::named("의"), None);
    }
}
