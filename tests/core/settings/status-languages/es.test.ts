import { describe } from "vitest";
import { SPANISH } from "../../../../src/core/settings/status-languages/es";
import { eachPhraseAlone, statusCases } from "./cases";

describe("Spanish status words", () => {
  statusCases([
    ["Postulado", "applied"],
    ["Postulada", "applied"],
    ["CV enviado", "applied"],
    ["Candidatura enviada", "applied"],
    ["Entrevista", "interviewing"],
    ["Primera entrevista", "interviewing"],
    ["Entrevistas", "interviewing"],
    ["Prueba tecnica", "interviewing"], // typed without the accent
    ["Esperando respuesta", "interviewing"],
    ["Oferta", "offer"],
    ["Rechazado", "closed"],
    ["Rechazada", "closed"],
    ["Oferta rechazada", "closed"], // the refusal over the offer
    ["Descartado", "closed"],
    ["No seleccionado", "closed"],
    ["Sin respuesta", "closed"],
    ["Por aplicar", "considering"],
    ["Interesado", "considering"],
    ["En proceso", "open"],
    ["Activo", "open"],
    ["En espera", "open"],
    ["Madrid", undefined],
  ]);
  eachPhraseAlone(SPANISH, "o");
});
