"""People beyond the form: e-mails, phones, affiliations, consents, duplicates, merge, vCards."""
