//! The columns of a spreadsheet of items: the ones followup writes, and the
//! headers people give them in English, Spanish and Korean action logs.

use crate::base::fold::fold;
use crate::i18n::{Catalog, Lang, catalog};
use crate::ledger::Field;
use crate::tr;

/// A column of the Items table, as followup writes it and reads it back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    Id,
    Title,
    Workstream,
    Owners,
    Status,
    Due,
    Meeting,
    Tags,
    /// The last note, with its date and author (export); a comment (import).
    LastNote,
    Opened,
    /// Written for reading; ignored on import (followup sets it).
    Updated,
}

impl Column {
    /// The columns of an exported Items table, in order.
    pub const EXPORTED: [Column; 11] = [
        Column::Id,
        Column::Title,
        Column::Workstream,
        Column::Owners,
        Column::Status,
        Column::Due,
        Column::Meeting,
        Column::Tags,
        Column::LastNote,
        Column::Opened,
        Column::Updated,
    ];

    /// The header of the column in a language.
    pub fn header(self, cat: &Catalog) -> String {
        match self {
            Column::Id => tr!(cat, "sheet-col-id"),
            Column::Title => tr!(cat, "sheet-col-title"),
            Column::Workstream => tr!(cat, "sheet-col-workstream"),
            Column::Owners => tr!(cat, "sheet-col-owners"),
            Column::Status => tr!(cat, "sheet-col-status"),
            Column::Due => tr!(cat, "sheet-col-due"),
            Column::Meeting => tr!(cat, "sheet-col-meeting"),
            Column::Tags => tr!(cat, "sheet-col-tags"),
            Column::LastNote => tr!(cat, "sheet-col-last-note"),
            Column::Opened => tr!(cat, "sheet-col-opened"),
            Column::Updated => tr!(cat, "sheet-col-updated"),
        }
    }

    /// The column's width in an exported workbook, in characters.
    pub fn width(self) -> f64 {
        match self {
            Column::Id => 10.0,
            Column::Title => 60.0,
            Column::Workstream | Column::Owners => 24.0,
            Column::Status => 14.0,
            Column::Due | Column::Opened | Column::Updated => 12.0,
            Column::Meeting => 10.0,
            Column::Tags => 18.0,
            Column::LastNote => 60.0,
        }
    }

    /// The field the column holds (the last note: the notes).
    pub fn field(self) -> Field {
        match self {
            Column::Id => Field::Id,
            Column::Title => Field::Title,
            Column::Workstream => Field::Workstream,
            Column::Owners => Field::Owners,
            Column::Status => Field::Status,
            Column::Due => Field::Due,
            Column::Meeting => Field::Meeting,
            Column::Tags => Field::Tags,
            Column::LastNote => Field::Notes,
            Column::Opened => Field::Opened,
            Column::Updated => Field::Updated,
        }
    }

    /// The column an import reads `field` from: none for the fields
    /// followup keeps itself (`updated`, `due_history`, `conflicts`).
    pub fn holding(field: Field) -> Option<Column> {
        Column::EXPORTED
            .into_iter()
            .filter(|c| *c != Column::Updated)
            .find(|c| c.field() == field)
    }
}

/// Usual headers of action logs, folded (lower case, no accents).
const SYNONYMS: &[(Column, &[&str])] = &[
    (
        Column::Id,
        &[
            "id", "no", "no.", "#", "n°", "nº", "no", "num", "num.", "number", "item no", "ref",
            "numero", "número", "folio", "번호", "연번", "순번",
        ],
    ),
    (
        Column::Title,
        &[
            "action",
            "action item",
            "actions",
            "item",
            "title",
            "task",
            "description",
            "accion",
            "acuerdo",
            "acuerdos",
            "titulo",
            "tarea",
            "descripcion",
            "action items",
            "follow-up",
            "follow-up action",
            "follow-up actions",
            "agreed action",
            "acciones",
            "accion a seguir",
            "acciones a seguir",
            "compromiso",
            "compromisos",
            "actividad",
            "seguimiento",
            "조치",
            "조치 사항",
            "조치 내용",
            "조치 계획",
            "이행 과제",
            "후속 조치",
            "후속 조치 사항",
            "합의 사항",
            "과제",
            "과제명",
            "내용",
        ],
    ),
    (
        Column::Workstream,
        &[
            "workstream",
            "theme",
            "topic",
            "area",
            "tema",
            "eje",
            "eje de trabajo",
            "분야",
        ],
    ),
    (
        Column::Owners,
        &[
            "owner",
            "owners",
            "responsible",
            "lead",
            "responsable",
            "responsables",
            "담당",
            "담당기관",
            "담당자",
        ],
    ),
    (
        Column::Status,
        &[
            "status",
            "state",
            "progress",
            "estado",
            "estatus",
            "avance",
            "상태",
            "진행상황",
            "진행 상황",
        ],
    ),
    (
        Column::Due,
        &[
            "due",
            "due date",
            "deadline",
            "target date",
            "fecha limite",
            "plazo",
            "fecha compromiso",
            "기한",
            "완료기한",
            "마감",
            "마감일",
        ],
    ),
    (Column::Meeting, &["meeting", "reunion", "sesion", "회의"]),
    (Column::Tags, &["tags", "labels", "etiquetas", "태그"]),
    (
        Column::LastNote,
        &[
            "comments",
            "comment",
            "notes",
            "remarks",
            "observaciones",
            "comentarios",
            "notas",
            "비고",
            "메모",
        ],
    ),
    (
        Column::Opened,
        &["opened", "fecha de apertura", "registrado", "등록일"],
    ),
];

/// The column a header names, in any language followup speaks: followup's
/// own headers or a usual synonym, case, accents and trailing `:`/`*` ignored.
pub fn recognise(header: &str) -> Option<Column> {
    // Spaces do not count: `조치 사항` and `조치사항`, `Due date` and `Duedate`.
    let squeeze = |s: &str| -> String { fold(s).chars().filter(|c| !c.is_whitespace()).collect() };
    let h = squeeze(header.trim().trim_end_matches([':', '*']).trim());
    if h.is_empty() {
        return None;
    }
    for lang in Lang::ALL {
        let cat = catalog(lang);
        if let Some(c) = Column::EXPORTED
            .into_iter()
            .find(|c| squeeze(&c.header(cat)) == h)
        {
            return Some(c);
        }
    }
    SYNONYMS
        .iter()
        .find(|(_, words)| words.iter().any(|w| squeeze(w) == h))
        .map(|(c, _)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_recognised_in_three_languages_whatever_the_case_and_accents() {
        assert_eq!(recognise("Action"), Some(Column::Title));
        assert_eq!(recognise("ACUERDO"), Some(Column::Title));
        assert_eq!(recognise("Fecha Límite"), Some(Column::Due));
        assert_eq!(recognise("fecha limite:"), Some(Column::Due));
        assert_eq!(recognise("완료기한"), Some(Column::Due));
        assert_eq!(recognise("담당기관"), Some(Column::Owners));
        assert_eq!(recognise("No."), Some(Column::Id));
        assert_eq!(recognise("Observaciones"), Some(Column::LastNote));
        assert_eq!(recognise("Budget"), None);
        for title in [
            "조치 사항",
            "조치사항",
            "조치 내용",
            "이행 과제",
            "이행과제",
            "후속 조치",
            "후속조치",
            "Acciones a seguir",
            "Follow-up actions",
            "Action Items",
        ] {
            assert_eq!(recognise(title), Some(Column::Title), "{title}");
        }
        for lang in Lang::ALL {
            for c in Column::EXPORTED {
                assert_eq!(recognise(&c.header(catalog(lang))), Some(c), "{lang:?}");
            }
        }
    }
}
