import type { StatusTable } from "./table";

/** Spanish. Accents may be typed or not; `*` ends a stem (rechazad* is rechazado, rechazada). */
export const SPANISH: StatusTable = {
  language: "Spanish",
  matching: "words",
  words: [
    ["interesad*", "considering"], // "interested"
    ["me interesa", "considering"], // "interests me"
    ["por aplicar", "considering"], // "to apply to"
    ["por postular", "considering"], // "to apply to"
    ["pendiente de aplicar", "considering"], // "yet to apply"
    ["guardad*", "considering"], // "saved"
    ["borrador", "considering"], // "draft"
    ["postulad*", "applied"], // "applied" (Latin America)
    ["aplicad*", "applied"], // "applied"
    ["postulación", "applied"], // "application"
    ["candidatura", "applied"], // "application" (Spain)
    ["enviad*", "applied"], // "sent"
    ["solicitud", "applied"], // "application"
    ["inscrit*", "applied"], // "registered" (on a job board)
    ["entrevista*", "interviewing"], // "interview"
    ["prueba técnica", "interviewing"], // "technical test"
    ["llamada", "interviewing"], // "call"
    ["esperando respuesta", "interviewing"], // "waiting for an answer": after talking to them
    ["en evaluación", "interviewing"], // "being assessed"
    ["oferta", "offer"], // "offer"
    ["propuesta", "offer"], // "proposal"
    ["rechazad*", "closed"], // "rejected"
    ["descartad*", "closed"], // "discarded"
    ["no seleccionad*", "closed"], // "not selected"
    ["retirad*", "closed"], // "withdrawn"
    ["sin respuesta", "closed"], // "no answer"
    ["desistí", "closed"], // "I gave up"
    ["cancelad*", "closed"], // "cancelled"
    ["aceptad*", "closed"], // "accepted": the search is over
    ["contratad*", "closed"], // "hired"
    ["en proceso", "open"], // "in process": the stage is in the dates
    ["en curso", "open"], // "ongoing"
    ["en espera", "open"], // "waiting"
    ["activ*", "open"], // "active"
    ["abiert*", "open"], // "open"
  ],
};
