//! The words people use for an item's fields, in every language followup
//! speaks: the labels and column headers of the screens (`plazo`,
//! `responsables`, `eje`, `기한`, `담당`, `분야`) and the usual headers of action
//! logs (`Fecha compromiso`, `조치 사항`, `Action item`). An input vocabulary,
//! not sentences: one reader for `set FIELD=VALUE`, `list --sort`, the
//! import's headers and `import --map`.

use super::Field;
use super::vocabulary::{Vocabulary, find_word};
use crate::base::fold::word_key;
use crate::base::lang::Lang;

/// The words of one language for each field (compared by [`word_key`]).
type Words = [(Field, &'static [&'static str]); 13];

const EN: Words = [
    (
        Field::Id,
        &[
            "id", "no", "#", "n°", "nº", "num", "number", "item no", "ref",
        ],
    ),
    (
        Field::Title,
        &[
            "title",
            "action",
            "actions",
            "action item",
            "action items",
            "item",
            "task",
            "description",
            "follow-up",
            "follow-up action",
            "follow-up actions",
            "agreed action",
        ],
    ),
    (Field::Workstream, &["workstream", "theme", "topic", "area"]),
    (Field::Owners, &["owner", "owners", "responsible", "lead"]),
    (Field::Status, &["status", "state", "progress"]),
    (Field::Due, &["due", "due date", "deadline", "target date"]),
    (Field::Meeting, &["meeting"]),
    (Field::Tags, &["tag", "tags", "label", "labels"]),
    (
        Field::Notes,
        &[
            "note",
            "notes",
            "comment",
            "comments",
            "remarks",
            "last note",
        ],
    ),
    (Field::Opened, &["opened", "agreed"]),
    (Field::Updated, &["updated", "last updated"]),
    (Field::Language, &["language", "original language"]),
    (Field::Translations, &["translation", "translations"]),
];

const ES: Words = [
    (Field::Id, &["número", "núm", "folio", "clave"]),
    (
        Field::Title,
        &[
            "título",
            "acuerdo",
            "acuerdos",
            "acción",
            "acciones",
            "acción a seguir",
            "acciones a seguir",
            "tarea",
            "descripción",
            "compromiso",
            "compromisos",
            "actividad",
            "seguimiento",
        ],
    ),
    (
        Field::Workstream,
        &["eje", "eje de trabajo", "tema", "área", "vertiente"],
    ),
    (
        Field::Owners,
        &["responsable", "responsables", "encargado", "encargados"],
    ),
    (Field::Status, &["estado", "estatus", "avance", "situación"]),
    (
        Field::Due,
        &[
            "plazo",
            "fecha límite",
            "fecha compromiso",
            "vencimiento",
            "fecha de vencimiento",
        ],
    ),
    (Field::Meeting, &["reunión", "sesión"]),
    (Field::Tags, &["etiqueta", "etiquetas"]),
    (
        Field::Notes,
        &[
            "nota",
            "notas",
            "observaciones",
            "comentarios",
            "última nota",
        ],
    ),
    (
        Field::Opened,
        &[
            "registrado",
            "adoptado",
            "fecha de registro",
            "fecha de apertura",
            "fecha de adopción",
        ],
    ),
    (
        Field::Updated,
        &["actualizado", "actualización", "última actualización"],
    ),
    (Field::Language, &["idioma", "idioma original"]),
    (Field::Translations, &["traducción", "traducciones"]),
];

const KO: Words = [
    (Field::Id, &["번호", "연번", "순번"]),
    (
        Field::Title,
        &[
            "제목",
            "과제",
            "과제명",
            "조치",
            "조치 사항",
            "조치 내용",
            "조치 계획",
            "이행 과제",
            "후속 조치",
            "후속 조치 사항",
            "합의 사항",
            "내용",
        ],
    ),
    (Field::Workstream, &["분야", "영역"]),
    (Field::Owners, &["담당", "담당기관", "담당자", "책임기관"]),
    (Field::Status, &["상태", "진행 상황"]),
    (Field::Due, &["기한", "완료기한", "마감", "마감일", "기일"]),
    (Field::Meeting, &["회의", "회차"]),
    (Field::Tags, &["태그"]),
    (Field::Notes, &["메모", "비고", "최근 메모"]),
    (Field::Opened, &["등록일", "합의일"]),
    (Field::Updated, &["수정일", "갱신일", "최종 수정일"]),
    (Field::Language, &["언어", "원문 언어"]),
    (Field::Translations, &["번역"]),
];

/// The words of `lang` for each field.
fn words(lang: Lang) -> &'static Vocabulary<Field> {
    match lang {
        Lang::En => &EN,
        Lang::Es => &ES,
        Lang::Ko => &KO,
    }
}

/// The field a person named, in any language: the file's key (`due`,
/// `due_history`), then a word of `lang` (the user's language), then a word
/// of the others. Case, accents, spaces, hyphens and dots are ignored.
///
/// ```
/// use followup::base::lang::Lang;
/// use followup::ledger::{Field, read_field};
/// assert_eq!(read_field("plazo", Lang::Es), Some(Field::Due));
/// assert_eq!(read_field("Responsables", Lang::Es), Some(Field::Owners));
/// assert_eq!(read_field("기한", Lang::Ko), Some(Field::Due));
/// assert_eq!(read_field("owner", Lang::Ko), Some(Field::Owners));
/// assert_eq!(read_field("budget", Lang::En), None);
/// ```
pub fn read_field(typed: &str, lang: Lang) -> Option<Field> {
    let key = word_key(typed.trim().trim_end_matches([':', '*']));
    if key.is_empty() {
        return None;
    }
    if let Some(f) = Field::ALL.into_iter().find(|f| word_key(f.key()) == key) {
        return Some(f);
    }
    find_word(&key, lang, words)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::vocabulary::clashes;

    #[test]
    fn no_word_names_two_fields() {
        let clashes = clashes(words);
        assert!(clashes.is_empty(), "{}", clashes.join("\n"));
        for f in Field::ALL {
            assert_eq!(read_field(&f.key().to_uppercase(), Lang::Es), Some(f));
        }
    }

    #[test]
    fn the_names_people_give_fields() {
        assert_eq!(read_field("eje", Lang::Es), Some(Field::Workstream));
        assert_eq!(read_field("Fecha Límite:", Lang::Es), Some(Field::Due));
        assert_eq!(read_field("담당", Lang::Ko), Some(Field::Owners));
        assert_eq!(read_field("분야", Lang::En), Some(Field::Workstream));
        assert_eq!(read_field("조치사항", Lang::Ko), Some(Field::Title));
        assert_eq!(read_field(" Owner ", Lang::En), Some(Field::Owners));
        assert_eq!(read_field("", Lang::En), None);
    }
}
