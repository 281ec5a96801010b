import type { StatusTable } from "./table";

/** Portuguese (Brazil and Portugal). Accents may be typed or not; `*` ends a stem. */
export const PORTUGUESE: StatusTable = {
  language: "Portuguese",
  matching: "words",
  words: [
    ["interessad*", "considering"], // "interested"
    ["a candidatar", "considering"], // "to apply to" (Portugal)
    ["para aplicar", "considering"], // "to apply to" (Brazil)
    ["salv*", "considering"], // "saved"
    ["rascunho", "considering"], // "draft"
    ["candidatad*", "applied"], // "applied"
    ["candidatura", "applied"], // "application"
    ["aplicad*", "applied"], // "applied" (Brazil)
    ["inscrit*", "applied"], // "registered"
    ["enviad*", "applied"], // "sent"
    ["currículo enviado", "applied"], // "CV sent"
    ["entrevista*", "interviewing"], // "interview"
    ["teste técnico", "interviewing"], // "technical test"
    ["dinâmica", "interviewing"], // "group dynamic": a stage of Brazilian hiring
    ["aguardando retorno", "interviewing"], // "waiting for their answer": after talking to them
    ["aguardando resposta", "interviewing"], // "waiting for an answer"
    ["proposta", "offer"], // "offer"
    ["oferta", "offer"], // "offer"
    ["rejeitad*", "closed"], // "rejected"
    ["reprovad*", "closed"], // "failed" (a stage)
    ["recusad*", "closed"], // "refused"
    ["não selecionad*", "closed"], // "not selected"
    ["descartad*", "closed"], // "discarded"
    ["sem retorno", "closed"], // "no answer"
    ["sem resposta", "closed"], // "no answer"
    ["desisti", "closed"], // "I gave up"
    ["contratad*", "closed"], // "hired": the search is over
    ["aceit*", "closed"], // "accepted"
    ["em andamento", "open"], // "in progress": the stage is in the dates
    ["em processo", "open"], // "in process"
    ["em análise", "open"], // "under review" (after applying or after talking)
    ["ativ*", "open"], // "active"
  ],
};
