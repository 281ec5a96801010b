import type { StatusTable } from "./table";

/** French. Accents may be typed or not (refusee is refusée); `*` ends a stem (refusé, refusée, refusés). */
export const FRENCH: StatusTable = {
  language: "French",
  matching: "words",
  words: [
    ["intéressé*", "considering"], // "interested"
    ["à postuler", "considering"], // "to apply to"
    ["à envoyer", "considering"], // "to send"
    ["candidature à envoyer", "considering"], // "application to send": holds "candidature"
    ["en préparation", "considering"], // "being prepared"
    ["favori*", "considering"], // "favourite": saved
    ["brouillon", "considering"], // "draft"
    ["postulé*", "applied"], // "applied"
    ["candidature", "applied"], // "application": one that went out
    ["envoyé*", "applied"], // "sent"
    ["déposé*", "applied"], // "filed"
    ["soumis*", "applied"], // "submitted"
    ["entretien*", "interviewing"], // "interview"
    ["entrevue*", "interviewing"], // "interview" (Québec)
    ["convoqué*", "interviewing"], // "called in" (to an interview)
    ["préqualification", "interviewing"], // "screening call"
    ["test technique", "interviewing"], // "technical test"
    ["cas pratique", "interviewing"], // "case study"
    ["en attente de réponse", "interviewing"], // "awaiting an answer": after talking to them
    ["offre", "offer"], // "offer"
    ["proposition", "offer"], // "offer" (of a contract)
    ["promesse d'embauche", "offer"], // "promise of employment"
    ["refus", "closed"], // "refusal"
    ["refusé*", "closed"], // "refused"
    ["rejeté*", "closed"], // "rejected"
    ["non retenu*", "closed"], // "not selected"
    ["pas retenu*", "closed"], // "not selected"
    ["sans réponse", "closed"], // "no answer"
    ["pas de réponse", "closed"], // "no answer"
    ["abandonné*", "closed"], // "dropped"
    ["désisté*", "closed"], // "withdrew"
    ["retiré*", "closed"], // "withdrawn"
    ["annulé*", "closed"], // "cancelled"
    ["accepté*", "closed"], // "accepted": the search is over
    ["embauché*", "closed"], // "hired"
    ["classé sans suite", "closed"], // "filed with no follow-up"
    ["en cours", "open"], // "in progress": the stage is in the dates
    ["en attente", "open"], // "waiting": after applying or after talking
    ["relancé*", "open"], // "followed up": waiting for their answer
    ["actif", "open"], // "active"
    ["active", "open"], // "active" (feminine, as candidature active)
  ],
};
