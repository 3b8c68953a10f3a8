//! The words people type for a status, in every language followup speaks:
//! the catalogs' labels and the synonyms of action logs and of everyday
//! speech (`concluida`, `en proceso`, `진행중`, `종료`). An input vocabulary,
//! not sentences; one reader for the commands, the dashboard and the import.

use super::Status;
use super::vocabulary::{Vocabulary, find_word};
use crate::base::fold::word_key;
use crate::base::lang::Lang;

/// The words of one language for each status (compared by [`word_key`]).
type Words = [(Status, &'static [&'static str]); 5];

const EN: Words = [
    (
        Status::Open,
        &["open", "pending", "not started", "to do", "new", "planned"],
    ),
    (
        Status::InProgress,
        &[
            "in progress",
            "ongoing",
            "started",
            "underway",
            "active",
            "wip",
        ],
    ),
    (
        Status::Blocked,
        &[
            "blocked", "on hold", "stalled", "stuck", "paused", "waiting",
        ],
    ),
    (
        Status::Done,
        &[
            "done",
            "completed",
            "complete",
            "closed",
            "finished",
            "resolved",
        ],
    ),
    (
        Status::Dropped,
        &["dropped", "cancelled", "canceled", "withdrawn", "abandoned"],
    ),
];

const ES: Words = [
    (
        Status::Open,
        &[
            "pendiente",
            "abierto",
            "abierta",
            "por iniciar",
            "sin iniciar",
            "no iniciado",
            "no iniciada",
            "nuevo",
            "nueva",
            "por hacer",
            "programado",
            "programada",
        ],
    ),
    (
        Status::InProgress,
        &[
            "en curso",
            "en proceso",
            "en progreso",
            "en marcha",
            "en ejecución",
            "en trámite",
            "en desarrollo",
            "iniciado",
            "iniciada",
        ],
    ),
    (
        Status::Blocked,
        &[
            "bloqueado",
            "bloqueada",
            "detenido",
            "detenida",
            "en pausa",
            "en espera",
            "suspendido",
            "suspendida",
            "atorado",
            "atorada",
            "pausado",
            "pausada",
        ],
    ),
    (
        Status::Done,
        &[
            "concluido",
            "concluida",
            "terminado",
            "terminada",
            "completado",
            "completada",
            "cerrado",
            "cerrada",
            "cumplido",
            "cumplida",
            "hecho",
            "hecha",
            "finalizado",
            "finalizada",
            "atendido",
            "atendida",
            "resuelto",
            "resuelta",
        ],
    ),
    (
        Status::Dropped,
        &[
            "cancelado",
            "cancelada",
            "descartado",
            "descartada",
            "retirado",
            "retirada",
            "desechado",
            "desechada",
            "anulado",
            "anulada",
            "sin efecto",
        ],
    ),
];

const KO: Words = [
    (
        Status::Open,
        &[
            "미착수",
            "착수 전",
            "시작 전",
            "대기",
            "예정",
            "신규",
            "미진행",
        ],
    ),
    (
        Status::InProgress,
        &[
            "진행 중",
            "진행",
            "추진 중",
            "추진",
            "이행 중",
            "시행 중",
            "착수",
            "처리 중",
        ],
    ),
    (
        Status::Blocked,
        &[
            "보류",
            "보류 중",
            "중지",
            "일시 중단",
            "일시 중지",
            "정체",
            "차단",
        ],
    ),
    (
        Status::Done,
        &[
            "완료",
            "종료",
            "종결",
            "완료됨",
            "이행 완료",
            "조치 완료",
            "처리 완료",
        ],
    ),
    (
        Status::Dropped,
        &["취소", "취소됨", "중단", "철회", "폐기", "제외", "무산"],
    ),
];

/// The words of `lang` for each status.
fn words(lang: Lang) -> &'static Vocabulary<Status> {
    match lang {
        Lang::En => &EN,
        Lang::Es => &ES,
        Lang::Ko => &KO,
    }
}

/// The status a person typed, in any language: the file's name
/// (`in-progress`), then a word of `lang` (the user's language), then a word
/// of the others. Case, accents, spaces and hyphens are ignored (`진행중`,
/// `En Proceso`, `CONCLUIDA`). A word two languages gave different
/// statuses would be read in the user's language first; today none does
/// (a test keeps it so).
///
/// ```
/// use followup::base::lang::Lang;
/// use followup::ledger::{Status, read_status};
/// assert_eq!(read_status("concluida", Lang::Es), Some(Status::Done));
/// assert_eq!(read_status("진행중", Lang::Es), Some(Status::InProgress));
/// assert_eq!(read_status("blocked", Lang::Ko), Some(Status::Blocked));
/// assert_eq!(read_status("someday", Lang::En), None);
/// ```
pub fn read_status(typed: &str, lang: Lang) -> Option<Status> {
    let key = word_key(typed);
    if key.is_empty() {
        return None;
    }
    if let Some(s) = Status::ALL
        .into_iter()
        .find(|s| word_key(s.as_str()) == key)
    {
        return Some(s);
    }
    find_word(&key, lang, words)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::vocabulary::clashes;

    #[test]
    fn no_word_means_two_statuses() {
        let clashes = clashes(words);
        assert!(clashes.is_empty(), "{}", clashes.join("\n"));
    }

    #[test]
    fn the_synonyms_people_type() {
        let es = |w| read_status(w, Lang::Es);
        let ko = |w| read_status(w, Lang::Ko);
        for w in [
            "concluida",
            "Concluido",
            "terminado",
            "completado",
            "cerrado",
            "cumplido",
        ] {
            assert_eq!(es(w), Some(Status::Done), "{w}");
        }
        assert_eq!(es("en proceso"), Some(Status::InProgress));
        assert_eq!(es("En Curso"), Some(Status::InProgress));
        assert_eq!(es("bloqueada"), Some(Status::Blocked));
        assert_eq!(ko("진행중"), Some(Status::InProgress));
        assert_eq!(ko("진행 중"), Some(Status::InProgress));
        assert_eq!(ko("종료"), Some(Status::Done));
        assert_eq!(ko("중단"), Some(Status::Dropped));
        assert_eq!(ko("보류"), Some(Status::Blocked));
        for (w, want) in [
            ("보류 중", Status::Blocked),
            ("보류중", Status::Blocked),
            ("취소됨", Status::Dropped),
            ("처리 중", Status::InProgress),
            ("처리중", Status::InProgress),
            ("처리 완료", Status::Done),
        ] {
            assert_eq!(ko(w), Some(want), "{w}");
            assert_eq!(es(w), Some(want), "{w} in a Spanish session");
        }
        assert_eq!(ko("in_progress"), Some(Status::InProgress));
        assert_eq!(ko(""), None);
        assert_eq!(ko("곧"), None);
    }
}
