//! A table in several languages: the translated columns' accessors, the
//! fallback from an empty cell or an unknown tag to the table's language,
//! a filled template in another language, and the language an
//! `Accept-Language` value prefers.

use error_codes_core::{ErrorCode, error_codes};

/// A lending library's codes in English, German, Chinese and Japanese,
/// written for these tests.
#[error_codes(csv = "tests/fixtures/languages.csv")]
pub enum Library {}

/// The same table with its own language named otherwise, and each code's
/// page.
#[error_codes(
    csv = "tests/fixtures/languages.csv",
    language = "en-GB",
    code_macro = false,
    docs_url = "https://example.com/library/{code}"
)]
pub enum LibraryGb {}

/// One of the tests' tables without translations.
#[error_codes(csv = "tests/fixtures/templates.csv", code_macro = false)]
pub enum Plain {}

fn code(code: &str) -> Library {
    Library::from_code(code).unwrap()
}

#[test]
fn the_languages_are_the_table_s_own_then_its_columns() {
    assert_eq!(Library::LANGUAGES, ["en", "de", "zh-CN", "ja"]);
    assert_eq!(<Library as ErrorCode>::LANGUAGES, Library::LANGUAGES);
    assert_eq!(LibraryGb::LANGUAGES, ["en-GB", "de", "zh-CN", "ja"]);
    assert_eq!(Plain::LANGUAGES, ["en"]);
    assert_eq!(<Plain as ErrorCode>::LANGUAGES, ["en"]);
}

#[test]
fn each_column_is_read_in_the_language_asked_for() {
    let loaned = code("L.1");
    assert_eq!(loaned.description_in("de"), "Das Buch ist ausgeliehen.");
    assert_eq!(loaned.description_in("zh-CN"), "这本书已借出。");
    assert_eq!(loaned.description_in("ja"), "その本は貸出中です。");
    assert_eq!(loaned.description_in("en"), loaned.description());
    assert_eq!(
        loaned.message_in("de"),
        Some("Das Buch {title} ist bis {due} ausgeliehen.")
    );
    assert_eq!(
        loaned.solution_in("de"),
        Some("Merken Sie es am Schalter vor.")
    );
}

#[test]
fn tags_fall_back_exactly_then_by_primary_language_then_to_the_table_s() {
    let loaned = code("L.1");
    // ASCII case ignored.
    assert_eq!(loaned.description_in("DE"), "Das Buch ist ausgeliehen.");
    assert_eq!(loaned.description_in("zh-cn"), "这本书已借出。");
    // The same primary language.
    assert_eq!(loaned.description_in("zh"), "这本书已借出。");
    assert_eq!(loaned.description_in("zh-TW"), "这本书已借出。");
    assert_eq!(loaned.description_in("de-AT"), "Das Buch ist ausgeliehen.");
    // A language the table lacks, or no language at all.
    assert_eq!(loaned.description_in("fr"), "The book is out on loan.");
    assert_eq!(loaned.description_in(""), "The book is out on loan.");
    // A column the language lacks: Japanese has descriptions only.
    assert_eq!(loaned.message_in("ja"), loaned.message());
    assert_eq!(loaned.solution_in("zh-CN"), Some("Reserve it at the desk."));
    // An empty cell.
    let many = code("L.3");
    assert_eq!(many.description_in("de"), "Too many loans at once.");
    assert_eq!(many.solution_in("de"), None);
    let expired = code("L.2");
    assert_eq!(expired.message_in("de"), None);
    assert_eq!(
        expired.solution_in("de"),
        Some("Renew the card at the desk.")
    );
}

#[test]
fn the_accessors_are_const_and_on_the_trait() {
    const GERMAN: &str = Library::ALL[1].description_in("de");
    assert_eq!(GERMAN, "Der Bibliotheksausweis ist abgelaufen.");

    fn in_every_language<E: ErrorCode>(error: E) -> Vec<&'static str> {
        E::LANGUAGES
            .iter()
            .map(|l| error.description_in(l))
            .collect()
    }
    assert_eq!(
        in_every_language(code("L.2")),
        [
            "The library card has expired.",
            "Der Bibliotheksausweis ist abgelaufen.",
            "借书证已过期。",
            "図書館カードの期限が切れています。",
        ]
    );
    // A table without translations gives its own text in every language.
    let plain = Plain::ALL[0];
    assert_eq!(ErrorCode::description_in(&plain, "de"), plain.description());
    assert_eq!(ErrorCode::message_in(&plain, "de"), plain.message());
    assert_eq!(<Plain as ErrorCode>::negotiate("de"), "en");
}

#[test]
fn a_filled_text_is_given_in_each_language_with_the_same_arguments() {
    let filled = library!("L.1", title = "Dune", due = "3 May");
    assert_eq!(filled.text(), "Book Dune is on loan until 3 May.");
    assert_eq!(
        filled.text_in("de"),
        "Das Buch Dune ist bis 3 May ausgeliehen."
    );
    // The placeholders in another order.
    assert_eq!(filled.text_in("zh"), "《Dune》已借出，归还日期为 3 May。");
    // No message in Japanese: the table's own.
    assert_eq!(filled.text_in("ja"), filled.text());
    assert_eq!(filled.text_in("fr"), filled.text());
    let limit = code("L.3").fill(&[&5]).unwrap();
    assert_eq!(
        limit.text_in("de"),
        "Sie dürfen höchstens 5 Bücher ausleihen."
    );
    assert_eq!(limit.text_in("zh-CN"), "最多可借 5 本书。");
    // A row without placeholders and without a message: its description.
    let expired = code("L.2").fill(&[]).unwrap();
    assert_eq!(expired.text_in("ja"), "図書館カードの期限が切れています。");
    assert_eq!(expired.text_in("en"), "The library card has expired.");
}

#[test]
fn accept_language_chooses_among_the_table_s_languages() {
    assert_eq!(Library::negotiate("zh-TW, de;q=0.8"), "zh-CN");
    assert_eq!(
        Library::negotiate("fr-CH, fr;q=0.9, de;q=0.7, *;q=0.5"),
        "de"
    );
    assert_eq!(Library::negotiate("ja;q=0.2, de;q=0.3"), "de");
    assert_eq!(Library::negotiate("fr"), "en");
    assert_eq!(Library::negotiate("de;q=x"), "en");
    assert_eq!(LibraryGb::negotiate("en-US"), "en-GB");
    let language = Library::negotiate("ja");
    assert_eq!(
        code("L.2").description_in(language),
        "図書館カードの期限が切れています。"
    );
}

#[test]
fn a_problem_is_answered_in_a_language() {
    let filled = library!("L.1", title = "Dune", due = "3 May");
    let problem = filled.problem_in("de");
    assert_eq!(
        problem.detail(),
        Some("Das Buch Dune ist bis 3 May ausgeliehen.")
    );
    assert_eq!(problem.argument("title"), Some("Dune"));
    // Without a page, the title is the status's reason phrase, as before.
    assert_eq!(problem.title(), filled.problem_in("en").title());
    assert_eq!(error_codes_core::language_of::<Library>("zh-HK"), "zh-CN");
    assert_eq!(error_codes_core::language_of::<Library>("fr"), "en");

    let paged = LibraryGb::from_code("L.2").unwrap().fill(&[]).unwrap();
    let problem = paged.problem_in("ja");
    assert_eq!(problem.title(), Some("図書館カードの期限が切れています。"));
    assert_eq!(problem.detail(), Some("図書館カードの期限が切れています。"));
}

#[test]
fn a_grpc_status_carries_its_localized_message() {
    use error_codes_core::tonic_types::StatusExt;
    let filled = library!("L.3", 4);
    let status = filled.status_in("zh");
    // The message for developers stays in the table's language.
    assert_eq!(status.message(), "You may borrow 4 books at most.");
    let details = status.get_error_details();
    let localized = details.localized_message().unwrap();
    assert_eq!(localized.locale, "zh-CN");
    assert_eq!(localized.message, "最多可借 4 本书。");
    assert_eq!(details.error_info().unwrap().reason, "L.3");
}

#[test]
fn a_code_sent_without_arguments_is_answered_in_a_language() {
    use error_codes_core::ErrorCode;
    use error_codes_core::tonic_types::StatusExt;
    // A code without placeholders: what filling it with no arguments
    // gives, without the fill.
    let expired = code("L.2");
    assert_eq!(
        expired.problem_in("ja"),
        expired.fill(&[]).unwrap().problem_in("ja")
    );
    let paged = LibraryGb::from_code("L.2").unwrap();
    assert_eq!(
        paged.problem_in("ja").title(),
        Some("図書館カードの期限が切れています。")
    );
    // A template keeps its placeholders as written, in that language, as
    // `Problem::from` does in the table's.
    let limit = code("L.3");
    assert_eq!(limit.problem_in("zh").detail(), Some("最多可借 {0} 本书。"));
    assert_eq!(
        error_codes_core::Problem::from(limit).detail(),
        Some("You may borrow {0} books at most.")
    );
    let status = expired.status_in("zh");
    assert_eq!(status.message(), "The library card has expired.");
    let details = status.get_error_details();
    let localized = details.localized_message().unwrap();
    assert_eq!(
        (localized.locale.as_str(), localized.message.as_str()),
        ("zh-CN", expired.description_in("zh"))
    );
    assert_eq!(details.error_info().unwrap().reason, "L.2");
}

/// Two editions of a page merged by `error-codes import --language`: a
/// table of messages, without descriptions, in English and Chinese.
#[error_codes(csv = "tests/fixtures/languages_imported.csv", code_macro = false)]
pub enum Disk {}

#[test]
fn an_imported_edition_gives_every_code_its_chinese_text() {
    let chinese: Vec<&str> = Disk::ALL.iter().map(|d| d.description_in("zh")).collect();
    assert_eq!(chinese, ["磁盘已满。", "未找到磁盘。", "The disk is busy."]);
    assert_eq!(Disk::ALL[0].message_in("zh-CN"), Some("磁盘已满。"));
    assert_eq!(Disk::ALL[1].solution_in("zh"), Some("检查磁盘 ID。"));
    assert_eq!(Disk::LANGUAGES, ["en", "zh-CN"]);
}

/// Two codes of the table, named by hand: the derive gives them every
/// language too.
#[derive(Clone, Copy, Debug, PartialEq, Eq, error_codes_core::ErrorCode)]
#[error_code(csv = "tests/fixtures/languages.csv")]
pub enum Lending {
    #[code = "L.3"]
    TooMany,
    #[code = "L.1"]
    OnLoan,
}

#[test]
fn the_derive_reads_every_language() {
    assert_eq!(Lending::LANGUAGES, Library::LANGUAGES);
    assert_eq!(Lending::OnLoan.description_in("ja"), "その本は貸出中です。");
    assert_eq!(
        Lending::TooMany.description_in("de"),
        "Too many loans at once."
    );
    let filled = Lending::TooMany.fill(&[&2]).unwrap();
    assert_eq!(filled.text_in("zh"), "最多可借 2 本书。");
}
