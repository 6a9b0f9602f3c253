/// What a key means on the current screen; the key maps bind keys to these.
public enum Command: Equatable, Sendable {
    case quit, suspend, help, closeOverlay
    case back, pick, clearQuery
    case nextField, previousField, review, openEditor, insertShortcut
    case previousChannel, nextChannel, openPicker, choose
    case submit, cancelSend, retry, lookAgain
    case nextPane, previousPane, newSameContact, newOtherContact, quitNow
    case quitKeepDraft, quitDiscardDraft, stay
    case restoreDraft, discardDraft
    /// Compose: the first entry as a message to the customer or as an internal note.
    case toggleNote
    /// Compose: the contact's latest cases, to reopen a closed one.
    case chooseReopen
    /// A checkbox field's list: tick or untick the highlighted option.
    case toggleOption
    /// Contact screen: the "New contact" form.
    case newContact
    /// New contact form: check the email and phone, then create the contact.
    case createContact
}
