/** Where the help page explains how calls, chats and saved contacts can give a parent away. */
export const PHONE_SAFETY_LINK = '/bantuan/#menjaga-keamanan-ponsel-anda';

/** A line that asks the reader to keep a helpline's number or contact (or the help page) on the phone. */
const SAVE_CONTACT = /\bsimpan(lah)?\b[^\n]*\b(nomor|kontak)\b/i;
const HELPLINE = /<Telepon\b|SAPA|\b129\b|TelePontren|UPTD PPA|nomor (bantuan|layanan)|\/bantuan\//i;

/**
 * The lines of a page that tell a parent to save a helpline contact without pointing to the
 * phone-safety section: for a parent whose phone is checked by the person they fear, a saved
 * "SAPA 129" contact is itself a danger.
 */
export function savedContactsWithoutPhoneSafety(text: string): string[] {
	return text
		.split('\n')
		.filter((line) => SAVE_CONTACT.test(line) && HELPLINE.test(line) && !line.includes(PHONE_SAFETY_LINK))
		.map((line) => line.trim());
}
