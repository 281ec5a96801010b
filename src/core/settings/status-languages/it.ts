import type { StatusTable } from "./table";

/** Italian. Accents may be typed or not; `*` ends a stem (rifiutat* is rifiutato, rifiutata). */
export const ITALIAN: StatusTable = {
  language: "Italian",
  matching: "words",
  words: [
    ["interessat*", "considering"], // "interested"
    ["interessante", "considering"], // "interesting"
    ["da candidare", "considering"], // "to apply to"
    ["salvat*", "considering"], // "saved"
    ["bozza", "considering"], // "draft"
    ["candidatura", "applied"], // "application"
    ["candidat*", "applied"], // "applied" (candidato, candidata)
    ["inviat*", "applied"], // "sent"
    ["cv inviato", "applied"], // "CV sent"
    ["colloqui*", "interviewing"], // "interview" (colloquio, colloqui)
    ["intervista", "interviewing"], // "interview"
    ["prova tecnica", "interviewing"], // "technical test"
    ["in attesa di risposta", "interviewing"], // "waiting for an answer": after talking to them
    ["in attesa", "interviewing"], // "waiting"
    ["offerta", "offer"], // "offer"
    ["proposta", "offer"], // "proposal"
    ["rifiutat*", "closed"], // "refused"
    ["respint*", "closed"], // "rejected"
    ["scartat*", "closed"], // "discarded"
    ["non selezionat*", "closed"], // "not selected"
    ["ritirat*", "closed"], // "withdrawn"
    ["nessuna risposta", "closed"], // "no answer"
    ["annullat*", "closed"], // "cancelled"
    ["accettat*", "closed"], // "accepted": the search is over
    ["assunt*", "closed"], // "hired"
    ["in corso", "open"], // "in progress": the stage is in the dates
    ["in valutazione", "open"], // "being assessed"
    ["attiv*", "open"], // "active"
    ["apert*", "open"], // "open"
  ],
};
