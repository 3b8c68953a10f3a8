//! Reading a ledger for a command that will not save it, a large file on
//! two threads (`halves.rs`): for `check`, with whether the file holds its
//! canonical text (`form.rs`); for a report, handing each item's hash over
//! (`alongside.rs`).

use super::alongside::Hashing;
use super::error::Error;
use super::files::MAX_LEDGER_BYTES;
use super::form::Form;
use super::halves::read_in_halves_with_form;
use super::model::Ledger;
use super::store::Store;

impl Store {
    /// [`Store::load`]'s ledger and whether the file holds its canonical
    /// text, for a command that will not save it: a large file read on two
    /// threads, each telling the form of its half as it reads it.
    pub fn read_with_form(&self) -> Result<(Ledger, Form), Error> {
        let read = self.read_with(|file, _| read_in_halves_with_form(&file, MAX_LEDGER_BYTES))?;
        if let Some(read) = read.flatten() {
            return Ok(read);
        }
        let loaded = self.load()?;
        let form = Form::of(loaded.is_canonical());
        Ok((loaded.ledger, form))
    }

    /// The ledger read by `hashing` ([`Hashing::load`]: each item's text
    /// hashed and handed over as parsed, `head` told the text before the
    /// items), a large file in halves ([`Hashing::load_in_halves`]); `None`
    /// when the file does not exist or does not read so.
    pub fn read_hashing(
        &self,
        hashing: Hashing,
        mut head: impl FnMut(&str),
    ) -> Result<Option<Ledger>, Error> {
        let read = self.read_with(
            |file, size| match hashing.load_in_halves(&file, &mut head) {
                Ok(read) => read,
                Err(hashing) => hashing.load(file, size, head).map(|(ledger, _, _)| ledger),
            },
        )?;
        Ok(read.flatten())
    }
}
