//! Reading a ledger for `check`, which will not save it: a large file on
//! two threads (`halves.rs`), with whether the file holds its canonical
//! text (`form.rs`).

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
        let loaded = self.load_on_one_thread()?;
        let form = Form::of(loaded.is_canonical());
        Ok((loaded.ledger, form))
    }
}
